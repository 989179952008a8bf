import { expect, test } from "./fixtures";

const QUOTE = "a suicide bomber detonated himself within the second-floor office";
const DISPUTE = "By spring 2022 the Taliban had defeated ISKP in Afghanistan.";

test("a viewer looks up a quote from a seed document and opens its permalink with 'cite this'", async ({ page, signIn }) => {
  await signIn("viewer");
  await page.goto("/w/demo/lookup");
  await page.getByLabel("Quote or phrase").fill(QUOTE);
  await page.getByRole("button", { name: "Look up" }).click();
  const first = page.getByRole("listitem").filter({ has: page.getByText("exact quote") }).first();
  await expect(first.locator("mark").first()).toHaveText(QUOTE);
  await expect(first.getByRole("link", { name: /Untitled analysis/ })).toBeVisible();
  await page.screenshot({ path: "/tmp/memo-lookup.png", fullPage: true });

  await first.getByRole("link", { name: "Permalink" }).click();
  await expect(page).toHaveURL(/\/w\/demo\/passages\/[^/?]+$/);
  const passage = page.locator("mark#passage");
  await expect(passage).toBeVisible();
  await expect(passage).toContainText(QUOTE);
  const citation = page.getByLabel("Citation with the quoted words");
  await expect(citation).toHaveValue(/Quoted: “On March 9, 2023, an incident occurred/);
  await expect(citation).toHaveValue(/text v1, sha256 [0-9a-f]{64}/);
  await page.getByLabel("Citation style").selectOption("apa");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/style=apa/);
  await expect(page.getByLabel("Citation style")).toHaveValue("apa");
  await page.screenshot({ path: "/tmp/memo-permalink.png", fullPage: true });
  await expect(page.getByRole("link", { name: "Open in the source reader" })).toHaveAttribute("href", /\/sources\/[^#]+#excerpt-/);
});

const expected: Record<string, { type: RegExp; magic?: string }> = {
  md: { type: /^text\/markdown/ },
  html: { type: /^text\/html/ },
  docx: { type: /wordprocessingml/, magic: "PK" },
  pdf: { type: /^application\/pdf/, magic: "%PDF" },
  csv: { type: /^text\/csv/ },
  "csl-json": { type: /csl\+json/ },
  bibtex: { type: /bibtex/ },
  ris: { type: /research-info-systems/ },
  claimreview: { type: /ld\+json/ },
};

test("an editor builds a memo from a demo dispute and downloads every format", async ({ page, signIn }) => {
  test.setTimeout(240_000);
  await signIn("editor");
  await page.goto("/w/demo/memos");
  const form = page.getByRole("form", { name: "New memo" });
  await form.getByLabel("Title").fill("ISKP: defeated or not?");
  await form.getByLabel(DISPUTE).check();
  await form.getByRole("button", { name: "Create memo" }).click();
  await expect(page).toHaveURL(/\/w\/demo\/memos\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "ISKP: defeated or not?" })).toBeVisible();

  const builder = page.getByRole("form", { name: "Memo builder" });
  await builder.getByLabel("Bottom line up front").fill("The Taliban did not defeat ISKP. We judge with high confidence that attacks are very likely to continue.");
  await expect(builder.getByText(/ICD 203 advises stating them separately/)).toBeVisible();
  await builder.getByLabel("Bottom line up front").fill("The Taliban did not defeat ISKP by spring 2022. Attacks continued in four provinces.");
  await expect(builder.getByText(/ICD 203 advises stating them separately/)).toHaveCount(0);
  const judgment = builder.getByRole("group", { name: "Key judgment 1" });
  await judgment.getByRole("textbox", { name: "Judgment 1" }).fill("ISKP retained the capacity for mass-casualty attacks after the Taliban's claim of victory.");
  await judgment.getByLabel("Likelihood (ICD 203)").selectOption("very likely");
  await judgment.getByLabel("Confidence").selectOption("moderate");
  await builder.getByLabel("What would change the judgment").fill("A year without claimed attacks outside Nangarhar.");
  await builder.getByRole("button", { name: "Save as version 2" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as version 2." })).toBeVisible();

  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByText(/Memo ISKP: defeated or not\?, version 2, exported/).first()).toBeVisible();
  await expect(preview.getByText("Very likely (80–95%)", { exact: true })).toBeVisible();
  await expect(preview.locator("blockquote.passage").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Version history" })).toBeVisible();
  await page.screenshot({ path: "/tmp/memo-builder.png", fullPage: true });
  // Saving did not reset the builder's choices.
  await expect(builder.getByLabel("Likelihood (ICD 203)")).toHaveValue("very likely");
  await expect(builder.getByLabel(DISPUTE)).toBeChecked();
  await preview.locator("article").evaluate((paper) => paper.scrollTo(0, 900));
  await preview.screenshot({ path: "/tmp/memo-preview.png" });

  const exports = page.getByRole("navigation", { name: "Export this memo" });
  const links = exports.getByRole("link");
  await expect(links).toHaveCount(Object.keys(expected).length);
  for (const [format, want] of Object.entries(expected)) {
    const href = await exports.locator(`a[href$="/export/${format}"]`).getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.status(), format).toBe(200);
    expect(response.headers()["content-type"], format).toMatch(want.type);
    expect(response.headers()["content-disposition"], format).toMatch(/^attachment; filename=".+-v2\./);
    const body = await response.body();
    expect(body.length, format).toBeGreaterThan(100);
    if (want.magic) expect(body.subarray(0, want.magic.length).toString("latin1"), format).toBe(want.magic);
  }
  // The links are real downloads in the browser too.
  const [download] = await Promise.all([page.waitForEvent("download"), exports.getByRole("link", { name: "PDF" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^iskp-defeated-or-not-v2\.pdf$/);
});
