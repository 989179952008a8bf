import { expect, hydrated, test } from "./fixtures";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";

const RFERL = /IS-K Attacks Puncture Taliban's Narrative/;

async function openRferl(page: Page) {
  await page.goto("/w/demo/sources");
  await page.getByRole("link", { name: RFERL }).click();
  await expect(page.getByRole("heading", { level: 1, name: RFERL })).toBeVisible();
  return page.getByRole("document", { name: /Text of/ });
}

/** Selects `phrase` in the reader's text the way a mouse drag would: a DOM range over its text nodes. */
async function selectWithMouse(page: Page, phrase: string) {
  await page.getByRole("document", { name: /Text of/ }).evaluate((container, wanted) => {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in one text node`);
  }, phrase);
}

test("an editor quotes a passage selected with the mouse and links it to a claim as evidence", async ({ page, signIn }) => {
  await signIn("editor");
  const text = await openRferl(page);
  const highlights = text.locator("mark[id^='excerpt-']");
  await expect(highlights.first()).toBeVisible();
  const before = await highlights.count();
  expect(before).toBeGreaterThan(5);

  // An existing highlight tells which claims cite it.
  await highlights.first().click();
  const cited = page.getByRole("region", { name: "Highlighted passage" });
  const firstId = await highlights.first().getAttribute("id");
  await expect(cited.getByRole("link", { name: "link to this passage" })).toHaveAttribute("href", `#${firstId}`);

  const phrase = "remains a key security challenge for the Taliban";
  await selectWithMouse(page, phrase);
  const panel = page.getByRole("region", { name: "Quote this passage" });
  await expect(panel.getByLabel("Selected passage")).toContainText(phrase);

  const claim = panel.getByLabel("Claim", { exact: true });
  const claimText = (await claim.locator("option").nth(1).textContent())!.replace(/…$/, "");
  await claim.selectOption({ index: 1 });
  await panel.getByLabel("Stance").selectOption("CONTRADICTS");
  await panel.getByLabel("Note").fill("Experts contradict the claim of complete security.");
  await panel.getByRole("button", { name: "Save excerpt" }).click();
  await expect(panel.getByRole("status")).toContainText("Excerpt saved and linked as evidence contradicting the claim");
  await expect(panel.getByRole("link", { name: "Open the claim" })).toHaveAttribute("href", /\/w\/demo\/claims\//);

  // The new highlight holds exactly the selected words, and survives a reload.
  await expect(highlights).toHaveCount(before + 1);
  await page.reload();
  const created = text.locator("mark[id^='excerpt-']", { hasText: phrase }).last();
  await expect(created).toHaveText(phrase);
  await created.click();
  await expect(cited.getByText("Contradicts")).toBeVisible();
  await expect(cited.getByRole("link", { name: claimText.slice(0, 60) })).toBeVisible();
});

test("an editor quotes a passage with the keyboard only, through Select by quote", async ({ page, signIn }) => {
  await signIn("editor");
  const text = await openRferl(page);
  const phrase = "waged a nationwide hunt for IS-K members";

  const input = page.getByLabel("Phrase to quote");
  await input.focus();
  await page.keyboard.type(phrase.toUpperCase()); // the search ignores case; the quote keeps the text's own
  await page.keyboard.press("Enter");
  await expect(page.getByText("1 occurrence:")).toBeVisible();
  await page.keyboard.press("Tab"); // the Find button
  await page.keyboard.press("Tab"); // the only occurrence
  await expect(page.getByRole("button", { name: /Select occurrence 1/ })).toBeFocused();
  await page.keyboard.press("Enter");

  const panel = page.getByRole("region", { name: "Quote this passage" });
  await expect(panel.getByRole("heading", { name: "Quote this passage" })).toBeFocused();
  await expect(panel.getByLabel("Selected passage")).toContainText(phrase);
  await page.keyboard.press("Tab"); // link choice: "as evidence" is checked
  await page.keyboard.press("ArrowDown"); // "as where a claim appears"
  await expect(panel.getByLabel("As where a claim appears")).toBeChecked();
  await page.keyboard.press("Tab"); // finding an older claim by its words
  await expect(panel.getByLabel("Find a claim by its words")).toBeFocused();
  await page.keyboard.press("Tab"); // its Find button
  await page.keyboard.press("Tab");
  await expect(panel.getByLabel("Claim", { exact: true })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(panel.getByLabel("Claim", { exact: true })).not.toHaveValue("");
  await page.keyboard.press("Tab"); // note
  await page.keyboard.press("Tab"); // save
  await expect(panel.getByRole("button", { name: "Save excerpt" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("status")).toContainText("Excerpt saved and linked as where the claim appears");

  const created = text.locator("mark[id^='excerpt-']", { hasText: phrase }).last();
  await expect(created).toHaveText(phrase);
  await created.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Highlighted passage" }).getByText("Claim appears here")).toBeVisible();
});

test("a viewer reads the highlights but sees no controls to quote, rate or edit", async ({ page, signIn }) => {
  await signIn("viewer");
  const text = await openRferl(page);
  await expect(text.locator("mark[id^='excerpt-']").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Source reliability" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Quote this passage" })).toHaveCount(0);
  await expect(page.getByText("Select by quote")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Rate source|Change rating/ })).toHaveCount(0);
  await expect(page.getByText("Edit details")).toHaveCount(0);
});

test("an editor adds a second, conflicting toll and sees both figures side by side", async ({ page, signIn }) => {
  await signIn("editor");
  await page.goto("/w/demo/incidents");
  await page.getByRole("link", { name: "Bombing at a mosque in Kabul" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bombing at a mosque in Kabul" })).toBeVisible();

  const form = page.getByRole("form", { name: "Add a reported toll" });
  await form.getByLabel("Reported by").selectOption({ label: "Taliban" });
  await form.getByRole("group", { name: "Killed" }).getByLabel("Best").fill("10");
  await form.getByRole("group", { name: "Killed" }).getByLabel("High").fill("5");
  await form.getByRole("button", { name: "Add toll" }).click();
  // low ≤ best ≤ high is checked on the server; the error sits next to its field.
  const high = form.getByRole("group", { name: "Killed" }).getByLabel("High");
  await expect(high).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("must not be below the best figure", { exact: true })).toBeVisible();

  await high.fill("");
  await form.getByLabel("Note on these figures").fill("Taliban spokesman's lower figure.");
  await form.getByRole("button", { name: "Add toll" }).click();
  await expect(form.getByRole("status")).toHaveText("Reported toll added.");

  const tolls = page.getByRole("region", { name: "Reported tolls" });
  const rowOf = (reporter: RegExp) => tolls.getByRole("row").filter({ has: page.getByRole("rowheader", { name: reporter }) });
  await expect(rowOf(/^Taliban$/)).toContainText("10");
  await expect(rowOf(/Radio Free Europe/)).toContainText("50");

  await page.goto("/w/demo/incidents");
  const row = page.getByRole("row", { name: /Bombing at a mosque in Kabul/ });
  await expect(row).toContainText(/Radio Free Europe\/Radio Liberty: up to 50\s*· Taliban: 10/);
});

test("pasting a text already in the workspace points to it; a stale edit of details is refused", async ({ page, signIn, browser }) => {
  await signIn("editor");
  const text = readFileSync(join(__dirname, "../../prisma/demo/texts/002_931f36e0b3c280e6.txt"), "utf8");
  await page.goto("/w/demo/sources/new");
  await page.getByLabel("Text", { exact: true }).fill(text);
  await page.getByLabel("Title").fill("A second copy");
  await page.getByRole("button", { name: "Save source" }).click();
  const duplicate = page.getByRole("alert").filter({ hasText: "This text is already in the workspace as" });
  await expect(duplicate).toBeVisible();
  await duplicate.getByRole("link", { name: RFERL }).click();

  // Someone else saves the details first; this page's save must not overwrite theirs.
  await expect(page.getByRole("heading", { level: 1, name: RFERL })).toBeVisible();
  const other = await browser.newPage({ storageState: await page.context().storageState() });
  await other.goto(page.url());
  await other.getByText("Edit details").click();
  await other.getByLabel("Publisher").fill("RFE/RL Gandhara");
  await other.getByRole("button", { name: "Save details" }).click();
  await expect(other.getByRole("status")).toHaveText("Details saved.");
  await other.close();

  await page.getByText("Edit details").click();
  await page.getByLabel("Publisher").fill("Radio Liberty");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "changed by someone else" })).toBeVisible();
  await page.reload();
  await expect(page.getByText("RFE/RL Gandhara")).toBeVisible();
});

test("a long source is read a page at a time; a passage quoted on page 2 keeps its place in the whole text", async ({ page, signIn }) => {
  await signIn("editor");
  const phrase = "the convoy from Jalalabad reached the Torkham crossing at dawn";
  const paragraphs = Array.from({ length: 450 }, (_, i) =>
    i === 300 ? `Paragraph ${i + 1}: witnesses said ${phrase}, two hours late.` : `Paragraph ${i + 1}: the district council met to discuss repairs to the water network and the school roof.`,
  );
  await page.goto("/w/demo/sources/new");
  await hydrated(page.getByLabel("Text", { exact: true }));
  await page.getByLabel("Text", { exact: true }).fill(paragraphs.join("\n\n"));
  await page.getByLabel("Title").fill("District council minutes, long");
  await page.getByRole("button", { name: "Save source" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "District council minutes, long" })).toBeVisible();

  const pages = page.getByRole("navigation", { name: "Pages of the text", exact: true });
  await expect(pages.getByText("Page 1 of 3")).toBeVisible();
  await expect(page.getByRole("document", { name: /page 1 of 3/ })).not.toContainText(phrase);
  await pages.getByRole("link", { name: "Next page ›" }).click();
  const text = page.getByRole("document", { name: /page 2 of 3/ });
  await expect(text).toContainText(phrase);
  await expect(pages.getByText("2", { exact: true })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("region", { name: "Highlighted passage" })).toContainText("No passages on this page are quoted yet.");

  // Quoted from page 2, the passage is saved at its offsets in the whole text (the server checks the words there).
  await hydrated(page.getByLabel("Phrase to quote"));
  await page.getByRole("search", { name: "Find a passage on this page" }).getByLabel("Phrase to quote").fill(phrase);
  await page.getByRole("button", { name: "Find" }).click();
  await page.getByRole("button", { name: /Select occurrence 1/ }).click();
  const panel = page.getByRole("region", { name: "Quote this passage" });
  await panel.getByLabel("Claim", { exact: true }).selectOption({ index: 1 });
  await panel.getByRole("button", { name: "Save excerpt" }).click();
  await expect(panel.getByRole("status")).toContainText("Excerpt saved");
  await expect(text.locator("mark[id^='excerpt-']", { hasText: phrase })).toHaveText(phrase);

  // Its link (here from the citation lookup) opens page 2, not page 1.
  await page.goto(`/w/demo/lookup?q=${encodeURIComponent(phrase)}`);
  await page.getByRole("link", { name: "District council minutes, long" }).first().click();
  await expect(page).toHaveURL(/\?passage=.+#excerpt-/);
  await expect(page.getByRole("document", { name: /page 2 of 3/ }).locator("mark[id^='excerpt-']", { hasText: phrase })).toBeVisible();
});

test("text pasted into a new source before the page's script has loaded is kept and saved", async ({ page, signIn }) => {
  await signIn("editor");
  // Hold the page's script back until the fields are filled, as a slow connection would.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const script = (url: URL) => url.pathname.startsWith("/_next/static/") && url.pathname.endsWith(".js");
  await page.route(script, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/w/demo/sources/new", { waitUntil: "commit" });
  const stamp = Date.now();
  const text = `Pasted early (e2e ${stamp}): the district governor said the road to Jalalabad was open again.`;
  await page.getByLabel("Text", { exact: true }).fill(text);
  await page.getByLabel("Title").fill(`Filled before the script loaded ${stamp}`);
  release();
  await hydrated(page.getByRole("form", { name: "New source" }));
  await expect(page.getByLabel("Text", { exact: true })).toHaveValue(text);
  await page.getByRole("button", { name: "Save source" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Filled before the script loaded ${stamp}` })).toBeVisible();
  await expect(page.getByRole("document", { name: /Text of/ })).toHaveText(text);
});
