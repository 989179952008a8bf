import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const shots = process.env.ACH_SCREENSHOTS; // e.g. /tmp/ach- to save screenshots of the matrix

async function openRaidsAch(page: Page) {
  await page.goto("/w/demo");
  await page.getByRole("link", { name: /announced raids on ISKP/ }).first().click();
  await page.getByRole("link", { name: "ACH matrix" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /announced raids on ISKP/ })).toBeVisible();
  await expect(page.getByText("Analysis of competing hypotheses")).toBeVisible();
}

test("the team view shows the matrix, its scores and ranking, and can leave out possibly deceptive evidence", async ({ signIn }) => {
  const page = await signIn("viewer");
  await page.setViewportSize({ width: 1440, height: 1100 });
  await openRaidsAch(page);
  const matrix = page.getByRole("table").first();
  await expect(matrix.getByRole("columnheader", { name: /^H1/ })).toBeVisible();
  await expect(matrix.getByRole("rowheader", { name: /ISKP confirmed that Ahangar had been killed/ })).toBeVisible();
  // Codes are text too, and split cells say so.
  await expect(matrix.getByText("II, Very inconsistent").first()).toBeAttached();
  await expect(matrix.getByText(/Reviewers differ/).first()).toBeAttached();
  const before = await page.getByTestId("inconsistency-H3").textContent();
  // Viewers read only.
  await expect(page.getByRole("link", { name: "My ratings" })).toHaveCount(0);
  if (shots) await page.screenshot({ path: `${shots}team.png`, fullPage: true });

  await page.getByRole("link", { name: /Exclude possibly deceptive evidence/ }).click();
  await expect(page).toHaveURL(/deceptive=exclude/);
  await expect(page.getByRole("status")).toHaveText(/Scores leave out 2 rows marked possibly deceptive/);
  await expect(matrix.getByText("Excluded from scores")).toHaveCount(2);
  await expect(page.getByTestId("inconsistency-H3")).not.toHaveText(before!);
  if (shots) await page.screenshot({ path: `${shots}excluded.png`, fullPage: true });
  await page.getByRole("link", { name: /Exclude possibly deceptive evidence/ }).click();
  await expect(page).not.toHaveURL(/deceptive=exclude/);
  await expect(page.getByTestId("inconsistency-H3")).toHaveText(before!);
});

test("a reviewer rates a cell with the keyboard and sees their score change", async ({ signIn }) => {
  const page = await signIn("reviewer");
  await page.setViewportSize({ width: 1440, height: 1100 });
  await openRaidsAch(page);
  await page.getByRole("link", { name: "My ratings" }).click();
  await expect(page).toHaveURL(/view=mine/);
  await expect(page.getByRole("heading", { name: "Your ranking, least inconsistent first" })).toBeVisible();
  const score = page.getByTestId("inconsistency-H1");
  const before = (await score.textContent())!;
  // E6 against H1 is rated NA by the demo reviewer; make it very inconsistent, by keyboard only.
  const cell = page.getByLabel("E6 against H1: your rating");
  await expect(cell).toHaveValue("NA");
  await cell.focus();
  await page.keyboard.press("ArrowUp"); // NA → II
  await expect(cell).toHaveValue("II");
  if (shots) await page.screenshot({ path: `${shots}mine.png`, fullPage: true });
  await page.getByRole("button", { name: "Save my ratings" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("1 rating saved.");
  // E6 weighs MEDIUM × LOW = 0.5: II adds 0.5 × -2 = -1 to H1.
  const expected = (Number(before.replace("−", "-")) - 1).toString().replace("-", "−");
  await expect(score).toHaveText(expected);
  await expect(page.getByLabel("E6 against H1: your rating")).toHaveValue("II");

  // Put it back, so the demo stays as it was for other tests.
  await page.getByLabel("E6 against H1: your rating").selectOption("NA");
  await page.getByRole("button", { name: "Save my ratings" }).click();
  await expect(page.getByRole("status")).toHaveText("1 rating saved.");
  await expect(score).toHaveText(before);
});

test("an editor adds a hypothesis and an evidence row from the dispute's claims", async ({ signIn }) => {
  const page = await signIn("editor");
  await page.setViewportSize({ width: 1440, height: 1100 });
  await openRaidsAch(page);
  const statement = `Some raids were real, others staged (e2e ${Date.now()})`;
  await page.locator("summary", { hasText: "Add a hypothesis" }).click();
  const addHypothesis = page.getByRole("form", { name: "Add a hypothesis" });
  await expect(addHypothesis.getByLabel("Label")).toHaveValue("H4");
  await addHypothesis.getByLabel("Hypothesis").fill(statement);
  await addHypothesis.getByRole("button", { name: "Add hypothesis" }).click();
  await expect(addHypothesis.getByRole("status")).toHaveText("Hypothesis H4 added.");
  await expect(page.getByRole("columnheader", { name: new RegExp(`H4.*${statement.slice(0, 20)}`) })).toBeVisible();

  await page.locator("summary", { hasText: "Add evidence" }).click();
  const addEvidence = page.getByRole("form", { name: "Add evidence" });
  await addEvidence.getByRole("button", { name: "Add evidence" }).click();
  await expect(addEvidence.getByLabel("Description")).toHaveAccessibleDescription(/describe the evidence/);
  const cites = addEvidence.getByLabel("Cites");
  await cites.selectOption((await cites.locator("option", { hasText: "Qari (Kari) Fateh" }).getAttribute("value"))!);
  await addEvidence.getByLabel("Credibility").selectOption("LOW");
  await addEvidence.getByRole("button", { name: "Add evidence" }).click();
  await expect(addEvidence.getByRole("status")).toHaveText("Evidence added.");
  await expect(page.getByRole("rowheader", { name: /E7.*Qari \(Kari\) Fateh/ })).toBeVisible();
  if (shots) await page.screenshot({ path: `${shots}editor.png`, fullPage: true });

  // Both can be removed again, each after a confirmation that says what goes with it.
  await page.locator("summary", { hasText: "Edit hypotheses" }).click();
  await page.getByRole("button", { name: "Remove H4…" }).click();
  await expect(page.getByRole("form", { name: "Remove H4" }).getByRole("alert")).toHaveText(/ratings in its column go with it/);
  await page.getByRole("button", { name: "Yes, remove H4" }).click();
  await expect(page.getByRole("columnheader", { name: /^H4/ })).toHaveCount(0);
  await page.locator("summary", { hasText: "Edit evidence weights and flags" }).click();
  await page.getByRole("button", { name: "Remove E7…" }).click();
  await page.getByRole("button", { name: "Keep it" }).click();
  await expect(page.getByRole("rowheader", { name: /E7/ })).toBeVisible();
  await page.getByRole("button", { name: "Remove E7…" }).click();
  await page.getByRole("button", { name: "Yes, remove E7" }).click();
  await expect(page.getByRole("rowheader", { name: /E7/ })).toHaveCount(0);
  await expect(page.getByRole("rowheader", { name: /E6/ })).toBeVisible();
});
