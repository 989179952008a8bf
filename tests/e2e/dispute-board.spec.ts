import type { Page } from "@playwright/test";
import { demoUser, expect, hydrated, test } from "./fixtures";

async function openDefeatedDispute(page: Page) {
  await page.goto("/w/demo");
  await page.getByRole("link", { name: /defeated ISKP/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /defeated ISKP/ })).toBeVisible();
}

async function createClaim(page: Page, statement: string) {
  await page.goto("/w/demo/claims");
  await page.getByRole("link", { name: "New claim" }).click();
  // The claimant's organisation is suggested by script.
  await hydrated(page.getByRole("form", { name: "New claim" }));
  await page.getByLabel("Statement").fill(statement);
  await page.getByLabel("Kind").selectOption({ label: "Numeric claim" });
  await page.getByLabel("Value").fill("12");
  await page.getByLabel("Unit").fill("killed");
  await page.getByLabel("Claimant").selectOption({ label: "Zabihullah Mujahid" });
  await expect(page.getByLabel("Speaking for")).toHaveValue(/.+/); // suggested from his affiliation
  await page.getByLabel("Date made").fill("2023-03-09");
  await page.getByLabel("Date precision").selectOption({ label: "Exact day" });
  await page.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByRole("heading", { level: 1, name: statement })).toBeVisible();
  await expect(page.locator("time", { hasText: "9 March 2023" }).first()).toBeVisible();
}

test("the dispute board shows both sides with their quoted passages", async ({ signIn }) => {
  const page = await signIn("viewer");
  await openDefeatedDispute(page);
  const affirms = page.getByRole("region", { name: /Affirms/ });
  const disputes = page.getByRole("region", { name: /Disputes/ });
  for (const side of [affirms, disputes]) {
    await expect(side.getByRole("article").first()).toBeVisible();
    const passage = side.getByRole("blockquote").first();
    await expect(passage).toBeVisible();
    await expect(passage.getByRole("link")).toHaveAttribute("href", /\/w\/demo\/sources\/.+#excerpt-.+/);
  }
  await expect(page.getByText(/\d+ sources?, \d+ independent origins?/).first()).toBeVisible();
  // Viewers read; they are not offered the rating form.
  await expect(page.getByText("Rate this claim")).toHaveCount(0);
});

test("a reviewer rates a claim's credibility, then changes it with a reason", async ({ signIn }) => {
  const page = await signIn("reviewer");
  await openDefeatedDispute(page);
  // The first claim this reviewer has not rated yet, then held by its statement.
  const disputes = page.getByRole("region", { name: /Disputes/ });
  const unrated = disputes.getByRole("article").filter({ has: page.getByText("Rate this claim", { exact: true }) }).first();
  const statement = (await unrated.getByRole("heading", { level: 3 }).textContent())!;
  const card = disputes.getByRole("article", { name: statement, exact: true });
  await card.getByText("Rate this claim").click();
  await card.getByRole("radio", { name: "2 — Probably true" }).check();
  await card.getByLabel("Rationale").fill("The count comes from a named researcher and matches the spring attacks.");
  await card.getByRole("button", { name: "Save rating" }).click();
  await expect(card.getByRole("status")).toHaveText("Rating saved: 2 — Probably true.");
  await expect(card.getByRole("row", { name: /Rana Reviewer/ })).toContainText("Probably true");

  // A change of mind must say why.
  await expect(card.getByText("Your current rating: 2 — Probably true")).toBeVisible();
  await card.getByRole("radio", { name: "4 — Doubtful" }).check();
  await card.getByLabel("Rationale").fill("The researcher's method is not published.");
  await card.getByRole("button", { name: "Change rating" }).click();
  const reason = card.getByLabel("Why did you change it?");
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(reason).toHaveAccessibleDescription("say why you changed your rating");
  await expect(card.getByRole("alert")).toHaveText("Not saved — correct the marked fields.");
  await expect(card.getByRole("row", { name: /Rana Reviewer/ })).toContainText("Probably true");
  await reason.fill("Read the method note: it counts claimed and unclaimed attacks alike.");
  await card.getByRole("button", { name: "Change rating" }).click();
  await expect(card.getByRole("status")).toHaveText("Rating saved: 4 — Doubtful.");
  await expect(card.getByRole("row", { name: /Rana Reviewer/ })).toContainText("Doubtful");
});

test("an editor creates a claim and a new dispute with it on one side", async ({ signIn }) => {
  const page = await signIn("editor");
  const statement = `Twelve ISKP fighters were killed in the raid (e2e ${Date.now()}).`;
  await createClaim(page, statement);

  await page.goto("/w/demo");
  await page.getByRole("link", { name: "New dispute" }).click();
  const proposition = `The March 2023 raid killed twelve ISKP fighters (e2e ${Date.now()}).`;
  await page.getByLabel("Proposition").fill(proposition);
  await page.getByLabel("Summary").fill("Only the Taliban's own account so far.");
  await page.getByRole("group", { name: "Claims that affirm" }).getByRole("checkbox", { name: statement }).check();
  await page.getByRole("button", { name: "Create dispute" }).click();

  await expect(page.getByRole("heading", { level: 1, name: proposition })).toBeVisible();
  const affirms = page.getByRole("region", { name: /Affirms/ });
  await expect(affirms.getByRole("article", { name: statement })).toBeVisible();
  const disputes = page.getByRole("region", { name: /Disputes/ });
  await expect(disputes.getByRole("article")).toHaveCount(0);

  // A claim for the other side, found by its words (the picker lists only the latest).
  await page.getByText("Place a claim on the board").click();
  const form = page.getByRole("form", { name: "Place a claim" });
  await hydrated(form);
  await form.getByLabel("Find a claim by its words").fill("Daesh defeated suppressed");
  await form.getByLabel("Find a claim by its words").press("Enter");
  await expect(form.getByText("1 claim found; the list below now shows it.")).toBeVisible();
  await expect(form.getByLabel("Claim", { exact: true })).toBeFocused();
  await form.getByLabel("Claim", { exact: true }).selectOption({ index: 1 });
  await form.getByLabel("Disputes").check();
  await form.getByRole("button", { name: "Place claim" }).click();
  await expect(disputes.getByRole("article", { name: "ISKP (Daesh) has been defeated and suppressed in Afghanistan." })).toBeVisible();
});

test("a stale edit of a claim shows the conflict instead of overwriting", async ({ signIn, context }) => {
  const page = await signIn("editor");
  const statement = `A claim edited twice at once (e2e ${Date.now()}).`;
  await createClaim(page, statement);
  const other = await context.newPage();
  await other.goto(page.url());

  for (const p of [page, other]) await p.getByText("Edit claim").click();
  await page.getByLabel("Statement").fill(`${statement} First edit.`);
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByRole("status")).toHaveText("Claim saved.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${statement} First edit.`);

  await other.getByLabel("Statement").fill(`${statement} Second edit.`);
  await other.getByRole("button", { name: "Save claim" }).click();
  await expect(other.getByRole("form", { name: "Edit claim" }).getByRole("alert")).toContainText("changed by someone else");
  await expect(other.getByLabel("Statement")).toHaveValue(`${statement} Second edit.`);
  await other.reload();
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(`${statement} First edit.`);
  await other.close();
});

test("the figure fields of a numeric claim show without the page's script", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const { email, password } = demoUser("editor");
  const csrf = await (await context.request.get("/api/auth/csrf")).json();
  await context.request.post("/api/auth/callback/credentials", { form: { csrfToken: csrf.csrfToken, email, password, json: "true" } });
  const page = await context.newPage();
  await page.goto("/w/demo/claims/new");
  await expect(page.getByLabel("Value")).toBeHidden();
  await page.getByLabel("Kind").selectOption({ label: "Numeric claim" });
  await expect(page.getByLabel("Value")).toBeVisible();
  await expect(page.getByLabel("Unit")).toBeVisible();
  await page.getByLabel("Kind").selectOption({ label: "Denial" });
  await expect(page.getByLabel("Value")).toBeHidden();
  await context.close();
});
