import type { Page } from "@playwright/test";
import { demoUser, expect, hydrated, test } from "./fixtures";

const queues = "Residents reported long queues at the gate.";
const trucks = "Officials confirmed that eleven trucks of aid crossed the border.";
const shelling = "A spokesman denied any shelling near the school.";
const inserted = "The crossing had been closed for nine days.";

/** Selects a phrase through "Select by quote" and saves it as where the first claim in the list appears. */
async function quote(page: Page, phrase: string, link: "appearance" | "evidence") {
  const finder = page.getByRole("search", { name: "Find a passage in this text" });
  await finder.getByLabel("Phrase to quote").fill(phrase);
  await finder.getByRole("button", { name: "Find" }).click();
  await page.getByRole("button", { name: /Select occurrence 1/ }).click();
  const panel = page.getByRole("region", { name: "Quote this passage" });
  await expect(panel.getByLabel("Selected passage")).toContainText(phrase);
  await panel.getByLabel(link === "appearance" ? "As where a claim appears" : "As evidence for or against a claim").check();
  await panel.getByLabel("Claim", { exact: true }).selectOption({ index: 1 });
  // Wait for this save's highlight, not an earlier save's notice.
  const marks = page.getByRole("document", { name: /Text of/ }).locator("mark[id^='excerpt-']");
  const before = await marks.count();
  await panel.getByRole("button", { name: "Save excerpt" }).click();
  await expect(marks).toHaveCount(before + 1);
  await expect(panel.getByRole("status")).toContainText(link === "appearance" ? "as where the claim appears" : "as evidence");
  return (await panel.getByRole("link", { name: "Open the claim" }).getAttribute("href"))!;
}

async function correct(page: Page, text: string, note: string) {
  await page.getByRole("link", { name: "Correct the text" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Correct the text" })).toBeVisible();
  const form = page.getByRole("form", { name: "Correct the text" });
  // The text is sent as exact JSON (newlines kept) by script.
  await hydrated(form);
  await form.getByLabel("Text", { exact: true }).fill(text);
  await form.getByLabel("What was corrected").fill(note);
  await form.getByRole("button", { name: "Save corrected text" }).click();
  const report = page.getByRole("region", { name: "Re-anchoring report" });
  await expect(report).toBeVisible();
  return report;
}

const row = (report: ReturnType<Page["getByRole"]>, phrase: string) => report.getByRole("row").filter({ hasText: phrase });

test("an editor corrects a source's text and sees each quoted passage moved, fuzzy-matched or orphaned", async ({ page, signIn }) => {
  await signIn("editor");
  const tag = Date.now().toString(36);
  const title = `Crossing reopens ${tag}`;
  const original = `The governor said the crossing reopened on Monday. ${queues}\n\n${trucks} ${shelling} Filed by our correspondent (${tag}).`;

  await page.goto("/w/demo/sources/new");
  await page.getByLabel("Text", { exact: true }).fill(original);
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Save source" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const sourceUrl = page.url();

  const claimHref = await quote(page, queues, "appearance");
  await quote(page, trucks, "evidence");
  await quote(page, shelling, "appearance");

  // 1. A sentence before the first quote, and one word changed inside the second.
  const corrected = original.replace(queues, `${inserted} ${queues}`).replace("eleven", "twelve");
  const report = await correct(page, corrected, "Added the closure sentence; aid count corrected to twelve");
  await expect(report).toContainText("The text is now version 2");
  await expect(row(report, queues).getByText("Moved", { exact: true })).toBeVisible();
  await expect(row(report, "twelve trucks").getByText(/^Fuzzy-matched 0\.\d\d$/)).toBeVisible();
  await expect(row(report, "twelve trucks").getByLabel("Quote before")).toHaveText(trucks);
  await expect(row(report, shelling).getByText("Moved", { exact: true })).toBeVisible();
  await expect(row(report, queues).getByRole("link")).toHaveAttribute("href", claimHref);
  await page.screenshot({ path: "/tmp/fix-correction-report.png", fullPage: true });

  // The reader shows version 2 and keeps the highlights; the fuzzy one says so, with its score.
  await report.getByRole("link", { name: "Back to the reader" }).click();
  const text = page.getByRole("document", { name: /Text of/ });
  await expect(text.locator("mark[id^='excerpt-']")).toHaveCount(3);
  const fuzzyMark = text.locator("mark[id^='excerpt-']", { hasText: "twelve trucks" });
  await expect(fuzzyMark).toHaveAttribute("title", /^Fuzzy-matched 0\.\d\d after a correction/);
  await fuzzyMark.click();
  await expect(page.getByRole("region", { name: "Highlighted passage" })).toContainText(/text v2 · fuzzy-matched \(0\.\d\d\)/);
  const versions = page.getByRole("region", { name: "Versions of the text" });
  await expect(versions.getByRole("row")).toHaveCount(3);
  await expect(versions).toContainText("Added the closure sentence");

  // Where the claim cites them, each quote names the text version it quotes; the fuzzy one its score.
  await page.goto(claimHref);
  await expect(page.getByText(/fuzzy-matched \(0\.\d\d\)/).first()).toBeVisible();
  await expect(page.getByRole("blockquote").filter({ hasText: queues }).filter({ hasText: title })).toContainText("text v2");
  await page.goto(sourceUrl);

  // 2. Deleting a quoted sentence orphans it: listed on the source, never dropped.
  const report2 = await correct(page, corrected.replace(` ${shelling}`, ""), "Removed a sentence from another story");
  await expect(row(report2, shelling).getByText("Orphaned", { exact: true })).toBeVisible();
  await expect(row(report2, shelling)).toContainText("→ none");
  await report2.getByRole("link", { name: "Back to the reader" }).click();
  await expect(page).toHaveURL(sourceUrl);
  const orphans = page.getByRole("region", { name: /Orphaned passages/ });
  await expect(orphans.getByRole("listitem").filter({ hasText: shelling }).first()).toContainText("Quoted from version 2");
  await expect(page.getByRole("document", { name: /Text of/ }).locator("mark[id^='excerpt-']")).toHaveCount(2);
  await orphans.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/fix-orphans.png", fullPage: true });

  // The old version still reads as it was, with the orphan in place.
  await orphans.getByRole("link", { name: "version 2" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Text version 2" })).toBeVisible();
  await expect(page.getByRole("document").locator("mark", { hasText: shelling })).toBeVisible();

  // Wherever the orphan is cited, it is flagged and still quoted.
  await page.goto(claimHref);
  const flagged = page.getByRole("blockquote").filter({ hasText: title }).getByRole("note").filter({ hasText: /^Orphaned: no longer found in the current text \(quoted from version 2, sha256 [0-9a-f]{8}…\)$/ });
  await expect(flagged.first()).toBeVisible();
  await expect(page.getByText(shelling).first()).toBeVisible();
  await expect(page.getByRole("blockquote").filter({ hasText: queues }).filter({ hasText: title })).toContainText("text v3");
  await flagged.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/fix-claim-orphan.png" });
});

test("a stale correction is refused with the conflict message and changes nothing", async ({ page, signIn, browser }) => {
  await signIn("editor");
  const tag = Date.now().toString(36);
  const original = `A short statement to correct (${tag}). It has two sentences.`;
  await page.goto("/w/demo/sources/new");
  await page.getByLabel("Text", { exact: true }).fill(original);
  await page.getByLabel("Title").fill(`Statement ${tag}`);
  await page.getByRole("button", { name: "Save source" }).click();
  await page.getByRole("link", { name: "Correct the text" }).first().click();
  const correctUrl = page.url();

  // Someone else corrects it first, in another session.
  const other = await browser.newContext({ baseURL: new URL(correctUrl).origin });
  const otherPage = await other.newPage();
  const csrf = await (await otherPage.request.get("/api/auth/csrf")).json();
  const { email, password } = demoUser("owner");
  await otherPage.request.post("/api/auth/callback/credentials", { form: { csrfToken: csrf.csrfToken, email, password, json: "true" } });
  await otherPage.goto(correctUrl);
  await otherPage.getByLabel("Text", { exact: true }).fill(original.replace("two", "2"));
  await otherPage.getByLabel("What was corrected").fill("digits");
  await otherPage.getByRole("button", { name: "Save corrected text" }).click();
  await expect(otherPage.getByRole("region", { name: "Re-anchoring report" })).toBeVisible();
  await other.close();

  const form = page.getByRole("form", { name: "Correct the text" });
  await form.getByLabel("Text", { exact: true }).fill(original.replace("short", "brief"));
  await form.getByLabel("What was corrected").fill("wording");
  await form.getByRole("button", { name: "Save corrected text" }).click();
  await expect(form.getByRole("alert")).toContainText("was changed by someone else since you opened it");
  // The edit is still there to reapply after a reload.
  await expect(form.getByLabel("Text", { exact: true })).toHaveValue(original.replace("short", "brief"));
  await page.goto(correctUrl.replace(/\/correct$/, ""));
  await expect(page.getByRole("region", { name: "Versions of the text" }).getByRole("row")).toHaveCount(3);
  await expect(page.getByRole("document", { name: /Text of/ })).toContainText("It has 2 sentences.");
});
