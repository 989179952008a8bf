import { expect, test } from "./fixtures";

// The foundation's slice in one go: sign in, open a dispute, select words in a
// source to create an excerpt, link it to a claim, rate the claim, see it all reflected.
test("an editor walks one dispute end to end", async ({ page, signIn }) => {
  await signIn("editor");
  await page.goto("/w/demo");
  await page.getByRole("link", { name: /defeated ISKP/ }).first().click();
  const disputes = page.getByRole("region", { name: /Disputes/ });
  const card = disputes.getByRole("article").first();
  const statement = (await card.getByRole("heading", { level: 3 }).textContent())!.trim();

  // Follow the claim's own passage to its source, where passages are highlighted.
  await card.getByRole("blockquote").first().getByRole("link").click();
  const text = page.getByRole("document", { name: /Text of/ });
  await expect(text.locator("mark[id^='excerpt-']").first()).toBeVisible();

  // Select words with the keyboard path and link them to the claim as supporting evidence.
  const phrase = "has remained resilient";
  await page.getByLabel("Phrase to quote").fill(phrase);
  await page.getByRole("button", { name: "Find" }).click();
  await page.getByRole("button", { name: /has remained resilient/i }).first().click();
  const panel = page.getByRole("region", { name: "Quote this passage" });
  await expect(panel.getByLabel("Selected passage")).toContainText(phrase);
  // The picker lists the latest claims; this one is found by its words.
  const words = statement.replace(/[^\p{L}\p{N}\s]/gu, " ").split(/\s+/).filter(Boolean).slice(0, 6).join(" ");
  await panel.getByLabel("Find a claim by its words").fill(words);
  await panel.getByLabel("Find a claim by its words").press("Enter");
  await expect(panel.getByText(/claims? found/)).toBeVisible();
  const claim = panel.getByLabel("Claim", { exact: true });
  const value = await claim
    .locator("option")
    .evaluateAll((options, start) => options.find((o) => o.textContent?.startsWith(start))?.getAttribute("value"), statement.slice(0, 40));
  expect(value, "the claim is offered in the picker").toBeTruthy();
  await claim.selectOption(value!);
  await panel.getByLabel("Stance").selectOption("SUPPORTS");
  await panel.getByRole("button", { name: "Save excerpt" }).click();
  await expect(panel.getByRole("status")).toContainText("Excerpt saved");

  // Back on the dispute, the new passage is the claim's evidence.
  await page.goBack();
  await page.reload();
  const sameCard = page.getByRole("region", { name: /Disputes/ }).getByRole("article", { name: statement, exact: true });
  await expect(sameCard.getByText(phrase).first()).toBeVisible();

  // Rate it, and see the rating on the card.
  // The demo editor may already have rated this claim; a change then needs a reason.
  await sameCard.getByText(/^(Rate this claim|Change your rating)$/).click();
  await sameCard.getByRole("radio", { name: "3 — Possibly true" }).check();
  await sameCard.getByLabel("Rationale").fill("One outlet, one researcher; plausible but uncorroborated.");
  const reason = sameCard.getByLabel(/why did you change/i);
  if (await reason.count()) await reason.fill("The new passage adds weight.");
  await sameCard.getByRole("button", { name: /^(Save|Change) rating$/ }).click();
  await expect(sameCard.getByRole("row", { name: /Eli Editor/ })).toContainText("Possibly true");
});
