import type { Page } from "@playwright/test";
import { expect, hydrated, test } from "./fixtures";

test("searching ISKP finds passages that say IS-K or Daesh, marked in context", async ({ signIn }) => {
  const page = await signIn("viewer");
  await page.goto("/w/demo");
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Search" }).click();
  await page.getByRole("searchbox", { name: "Search this workspace" }).fill("ISKP");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/w\/demo\/search\?q=ISKP/);
  await expect(page.getByText(/also searched as all names of/)).toContainText("Islamic State Khorasan Province");
  const excerpts = page.getByRole("region", { name: /Excerpts/ });
  const sources = page.getByRole("region", { name: /Sources/ });
  await expect(excerpts.locator("mark").filter({ hasText: /^ISKP$/ }).first()).toBeVisible();
  await expect(sources.locator("mark").filter({ hasText: /^IS-K$/ }).first()).toBeVisible();
  await expect(sources.locator("mark").filter({ hasText: /^ISIS-K$/ }).first()).toBeVisible();
  await expect(page.locator("mark").filter({ hasText: /^Daesh$|^DAESH$/i }).first()).toBeVisible();
  await expect(sources.getByRole("link", { name: /IS-K Attacks Puncture/ })).toBeVisible();
  await page.screenshot({ path: "/tmp/srch-search-iskp.png", fullPage: true });
});

test("a Persian phrase matches with or without zero-width non-joiners and Arabic letter forms", async ({ signIn }) => {
  const page = await signIn("editor");
  // Written with Arabic ي and ك and without zero-width non-joiners.
  const text = `سخنگوي طالبان ميگويد كه داعش در بلخ شكست خورده است. (${Date.now()})`;
  const created = await page.request.post("/api/v1/workspaces/demo/sources", { data: { title: "گزارش بلخ", language: "fa", publisher: "e2e", text } });
  expect(created.ok()).toBeTruthy();
  await page.goto(`/w/demo/search?q=${encodeURIComponent("می‌گوید که داعش")}`);
  const sources = page.getByRole("region", { name: /Sources/ });
  await expect(sources.locator("mark").filter({ hasText: "ميگويد" }).first()).toBeVisible();
  await expect(sources.locator("mark").filter({ hasText: "داعش" }).first()).toBeVisible();
  await page.screenshot({ path: "/tmp/srch-search-persian.png", fullPage: true });
});

async function corroboration(page: Page) {
  await page.goto("/w/demo");
  await page.getByRole("link", { name: /By spring 2022 the Taliban had defeated/ }).first().click();
  const card = page.getByRole("article").filter({ hasText: "ISKP is feeble and insignificant" }).first();
  const line = card.getByText(/\d+ sources?, \d+ independent origins?/);
  await expect(line).toBeVisible();
  return { text: (await line.textContent()) ?? "", line };
}

test("marking a source as a wire copy lowers the independent origins on the dispute board", async ({ signIn }) => {
  const page = await signIn("editor");
  const before = await corroboration(page);
  const origins = Number(/(\d+) independent origin/.exec(before.text)![1]);

  await page.goto("/w/demo/sources");
  await page.getByRole("link", { name: /IS-K Attacks Puncture/ }).click();
  const panel = page.getByRole("region", { name: "Provenance" });
  await panel.getByText("Mark a derivation").first().click();
  await panel.getByLabel("How").selectOption({ label: "Wire copy of" });
  // The picker lists the latest sources; any other is found by its words.
  await hydrated(panel.getByRole("form", { name: "Mark a derivation" }));
  await panel.getByLabel("Find a source by words of its title or text").fill("untitled analysis");
  await panel.getByRole("button", { name: "Find" }).click();
  await expect(panel.getByText(/^\d+ sources? found/)).toBeVisible();
  const other = panel.getByLabel("Other source");
  await expect(other).toBeFocused();
  const label = (await other.locator("option", { hasText: "Untitled analysis" }).first().textContent()) ?? "";
  await other.selectOption({ label });
  await panel.getByRole("button", { name: "Mark derivation" }).click();
  const derivedFrom = panel.getByRole("list", { name: "Derived from" });
  await expect(derivedFrom.getByRole("link", { name: /Untitled analysis/ })).toBeVisible();
  await panel.screenshot({ path: "/tmp/srch-provenance-panel.png" });

  const after = await corroboration(page);
  await expect(after.line).toContainText(`${origins - 1} independent origin`);
  await expect(after.line).toContainText(/repeats? \[Untitled analysis\]/);
  await after.line.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/srch-dispute-origins.png" });

  // Leave the demo as it was.
  await page.goto("/w/demo/sources");
  await page.getByRole("link", { name: /IS-K Attacks Puncture/ }).click();
  await page.getByRole("region", { name: "Provenance" }).getByRole("button", { name: /Remove: derived from/ }).click();
  await expect(page.getByRole("region", { name: "Provenance" }).getByText("An original, as far as anyone has marked.")).toBeVisible();
});

test("the source page shows the spread of reliability grades and every change with its reason", async ({ signIn }) => {
  const page = await signIn("reviewer");
  await page.goto("/w/demo/sources");
  await page.getByRole("link", { name: /IS-K Attacks Puncture/ }).click();
  const panel = page.getByRole("region", { name: "Source reliability" });
  for (const [grade, why] of [["B", "Named RFE/RL reporters, sourcing shown."], ["C", "Relies on one unnamed official for the toll."]]) {
    await panel.getByRole("radio", { name: new RegExp(`^${grade} `) }).check();
    await panel.getByLabel("Rationale").fill(why);
    const change = panel.getByLabel("Why did your rating change?");
    if (await change.isVisible()) await change.fill(`Re-read: ${why}`);
    await panel.getByRole("button", { name: /Rate source|Change rating/ }).click();
    await expect(panel.getByRole("button", { name: "Change rating" })).toBeVisible();
    await expect(panel.getByText(`Change your rating (now ${grade})`)).toBeVisible();
  }
  await expect(panel.getByRole("table", { name: "Distribution of current grades" })).toBeVisible();
  await panel.getByText(/^History: \d+ earlier ratings? changed/).click();
  const history = panel.getByRole("list", { name: "History of ratings" });
  await expect(history.getByText(/changed B → C/).first()).toBeVisible();
  await expect(history.getByText("Why it changed: Re-read: Relies on one unnamed official for the toll.").first()).toBeVisible();
  await panel.screenshot({ path: "/tmp/srch-source-ratings.png" });
});

test("a grade changed in another tab meanwhile is not overwritten: the stale tab is told to reload", async ({ signIn }) => {
  const first = await signIn("owner");
  const second = await first.context().newPage();
  for (const page of [first, second]) {
    await page.goto("/w/demo/sources");
    await page.getByRole("link", { name: /Taliban’s Struggle with the Terrorist Organization/ }).click();
    await hydrated(page.getByRole("region", { name: "Source reliability" }).getByRole("form"));
  }
  const rateIn = async (page: Page, grade: string, why: string) => {
    const panel = page.getByRole("region", { name: "Source reliability" });
    await panel.getByRole("radio", { name: new RegExp(`^${grade} `) }).check();
    await panel.getByLabel("Rationale").fill(why);
    const change = panel.getByLabel("Why did your rating change?");
    if (await change.isVisible()) await change.fill(why);
    await panel.getByRole("button", { name: /Rate source|Change rating/ }).click();
    return panel;
  };
  const saved = await rateIn(first, "B", "A think-tank paper with its sources listed.");
  await expect(saved.getByText("Change your rating (now B)")).toBeVisible();

  const stale = await rateIn(second, "E", "Opinion more than reporting.");
  await expect(stale.getByRole("alert")).toContainText("Your rating was changed elsewhere (another tab or an API client)");
  await stale.screenshot({ path: "/tmp/srch-stale-rating.png" });
  await second.reload();
  await expect(second.getByRole("region", { name: "Source reliability" }).getByText("Change your rating (now B)")).toBeVisible();
});
