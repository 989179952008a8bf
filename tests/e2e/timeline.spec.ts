import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const shots = process.env.SCREENSHOT_DIR ?? "/tmp";
const chart = (page: Page) => page.getByRole("img", { name: /^Timeline by/ });
// Marks inside the chart are SVG links; their <title> is the tooltip and their text.
const mark = (page: Page, text: string | RegExp) => page.locator("svg a", { hasText: text });

test("the timeline sets the 'defeated' claim against the incidents, and a mark opens the claim", async ({ signIn }) => {
  const page = await signIn("viewer");
  await page.setViewportSize({ width: 1360, height: 1000 });
  await page.goto("/w/demo/timeline");
  await expect(page.getByRole("heading", { level: 1, name: "Timeline" })).toBeVisible();
  await expect(chart(page)).toHaveAttribute("aria-label", /\d+ incidents? with \d+ reported deaths?/);
  await expect(mark(page, /defeated and suppressed/).first()).toBeAttached();
  expect(await page.locator("svg a[href*='/incidents/']").count()).toBeGreaterThan(3);
  await expect(page.getByRole("table", { name: /Incidents per month by attribution/ })).toBeAttached();
  await expect(page.getByRole("heading", { name: "Incidents by province" })).toBeVisible();
  await expect(page.getByRole("row", { name: /^Balkh \d+/ })).toBeVisible();
  await page.screenshot({ path: `${shots}/tl-timeline-month.png`, fullPage: true });

  await page.getByLabel("Dispute").selectOption({ label: "By spring 2022 the Taliban had defeated ISKP in Afghanistan." });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/disputeId=/);
  await expect(page.getByText("Affirms (filled)")).toBeVisible();
  await page.screenshot({ path: `${shots}/tl-timeline-dispute.png`, fullPage: true });

  await mark(page, /defeated and suppressed/).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /has been defeated and suppressed/ })).toBeVisible();
  // The demo's typed links and tags are loaded, and shown on the claim page.
  await expect(page.getByRole("region", { name: /Linked claims and incidents/ }).getByText("Contradicted by").first()).toBeVisible();
  await expect(page.getByRole("list", { name: "Tags on this claim" })).toContainText("taliban-statement");
  await page.screenshot({ path: `${shots}/tl-claim.png`, fullPage: true });
});

test("a CSV import keeps the good rows and names the bad one by line", async ({ signIn }) => {
  const page = await signIn("editor");
  await page.goto("/w/demo/incidents");
  await page.getByRole("link", { name: "Import CSV" }).click();
  const csv = [
    "event_date,time_precision,event_type,sub_event_type,actor1,admin1,location,fatalities,title",
    "2022-06-02,1,Explosions/Remote violence,Remote explosive,Islamic State Khorasan Province,Kabul,Kabul,4,E2E import good row",
    "2022-06-31,1,Explosions/Remote violence,,,Kabul,Kabul,2,E2E import bad row",
  ].join("\n");
  await page.getByLabel("CSV file with ACLED column names").setInputFiles({ name: "incidents.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("list", { name: "Rows not imported" })).toContainText("line 3: event_date: is not a real calendar date");
  await expect(page.getByRole("list", { name: "Imported incidents" }).getByRole("link", { name: "E2E import good row" })).toBeVisible();
  await page.screenshot({ path: `${shots}/tl-import.png`, fullPage: true });
});

test("an incident with two conflicting tolls appears on the timeline at the lower figure", async ({ signIn }) => {
  const page = await signIn("editor");
  const title = `E2E Ghazni market blast ${Date.now()}`;
  await page.goto("/w/demo/incidents/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Date", { exact: true }).fill("2022-06-15");
  await page.getByLabel("Event type", { exact: true }).fill("Explosions/Remote violence");
  await page.getByLabel("Attribution", { exact: true }).selectOption({ label: "Claimed by the group" });
  await page.getByLabel("Province", { exact: true }).fill("Ghazni");
  await page.getByRole("group", { name: "Killed" }).getByLabel("Best").fill("12");
  await page.getByRole("button", { name: "Save incident" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const toll = page.getByRole("form", { name: "Add a reported toll" });
  await toll.getByRole("group", { name: "Killed" }).getByLabel("Best").fill("20");
  await toll.getByRole("button", { name: "Add toll" }).click();
  await expect(page.getByRole("cell", { name: "20", exact: true }).first()).toBeVisible();

  await page.goto("/w/demo/timeline?bucket=week&province=Ghazni");
  await expect(chart(page)).toBeVisible();
  const block = mark(page, title);
  await expect(block).toContainText("12 killed (lowest reported)");
  await expect(page.getByRole("row", { name: /^Ghazni 1 12/ })).toBeVisible();
  await block.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});
