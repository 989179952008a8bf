import type { Browser, Page } from "@playwright/test";
import { demoUser, expect, test, type DemoRole } from "./fixtures";

const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/rev-${name}.png`, fullPage: true });

/** A separate browser context signed in as `role`, failing the test on any console error. */
async function participant(browser: Browser, baseURL: string, role: DemoRole, problems: string[]) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && problems.push(`${role}: ${m.text()} (${m.location().url})`));
  page.on("pageerror", (e) => problems.push(`${role}: ${e.message}`));
  const { email, password } = demoUser(role);
  const csrf = await (await context.request.get("/api/auth/csrf")).json();
  const response = await context.request.post("/api/auth/callback/credentials", { form: { csrfToken: csrf.csrfToken, email, password, json: "true" } });
  expect(response.ok()).toBeTruthy();
  return page;
}

async function rateBlind(page: Page, likelihood: string, confidence: string, rationale: string) {
  const form = page.getByRole("form", { name: /Your ratings/ });
  await form.getByRole("group", { name: "Likelihood" }).getByLabel(likelihood).check();
  await form.getByLabel("Rationale for likelihood").fill(`${rationale} (likelihood)`);
  await form.getByRole("group", { name: "Confidence" }).getByLabel(confidence).check();
  await form.getByLabel("Rationale for confidence").fill(`${rationale} (confidence)`);
  await form.getByRole("button", { name: "Save my ratings" }).click();
  await expect(form.getByRole("status")).toContainText("Others cannot see them");
}

test("three analysts rate blind, reveal, and record a judgment with a dissent, live", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  const [editor, reviewer, owner] = await Promise.all((["editor", "reviewer", "owner"] as const).map((r) => participant(browser, baseURL!, r, problems)));

  // The facilitator opens a session on one dispute with the other two as participants.
  await editor.goto("/w/demo/sessions");
  const form = editor.getByRole("form", { name: "New review session" });
  await form.getByLabel("Title").fill("Was ISKP defeated? — blind review");
  await form.getByRole("group", { name: "Agenda: disputes" }).getByRole("checkbox").first().check();
  await form.getByRole("group", { name: /Participants/ }).getByLabel(/Rana Reviewer/).check();
  await form.getByRole("group", { name: /Participants/ }).getByLabel(/Olivia Owner/).check();
  await form.getByRole("button", { name: "Open session" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "Was ISKP defeated? — blind review" })).toBeVisible();
  const url = editor.url();
  await Promise.all([reviewer.goto(url), owner.goto(url)]);
  await expect(owner.getByRole("status").filter({ hasText: "Live" })).toBeVisible();

  // Phase 1: everyone rates blind.
  await rateBlind(editor, "Likely (55–80%)", "Moderate confidence", "editor-reason");
  await rateBlind(reviewer, "Unlikely (20–45%)", "Low confidence", "reviewer-reason");
  await rateBlind(owner, "Likely (55–80%)", "High confidence", "owner-reason");
  for (const [page, mine] of [[editor, "editor"], [reviewer, "reviewer"], [owner, "owner"]] as const) {
    await page.reload();
    const text = await page.locator("main").innerText();
    for (const other of ["editor", "reviewer", "owner"].filter((o) => o !== mine)) expect(text).not.toContain(`${other}-reason`);
    await expect(page.getByText("Who rated what")).toHaveCount(0);
    const api = await page.request.get(url.replace("/w/demo/sessions/", "/api/v1/workspaces/demo/sessions/"));
    const body = await api.json();
    expect(body.items[0].ratings).toEqual([]);
    expect(body.items[0].mine.every((r: { rationale: string }) => r.rationale.startsWith(mine))).toBe(true);
  }
  await shot(reviewer, "blind");

  // Progress shows by name, live on the facilitator's page.
  await reviewer.getByRole("button", { name: "I have finished rating" }).click();
  await owner.getByRole("button", { name: "I have finished rating" }).click();
  await expect(editor.getByRole("heading", { name: "2 of 3 finished" })).toBeVisible();
  await editor.getByRole("button", { name: "I have finished rating" }).click();
  await expect(owner.getByRole("heading", { name: "3 of 3 finished" })).toBeVisible();

  // Phase 2: reveal; the others see the distribution and alpha without reloading.
  await editor.getByRole("button", { name: "Reveal all items" }).click();
  for (const page of [reviewer, owner]) {
    await expect(page.getByRole("region", { name: "Likelihood: distribution" })).toContainText("Rana Reviewer");
    await expect(page.getByRole("heading", { name: /Agreement across revealed items/ })).toBeVisible();
  }
  await expect(reviewer.getByRole("region", { name: "Likelihood: distribution" })).toContainText("2: Eli Editor, Olivia Owner");
  await shot(owner, "revealed");

  // Phase 3: the facilitator records the judgment; the ICD 203 warning shows for a mixed sentence.
  const judgment = editor.getByRole("form", { name: "Record the judgment" });
  await judgment.getByLabel("Judgment statement").fill("We assess with high confidence that ISKP was likely not defeated.");
  await expect(judgment.getByRole("note")).toContainText("ICD 203");
  await judgment.getByLabel("Judgment statement").fill("ISKP was not defeated in 2022; it kept attacking in four provinces.");
  await expect(judgment.getByRole("note")).toHaveCount(0);
  await judgment.getByLabel("Likelihood").selectOption({ label: "Likely (55–80%)" });
  await judgment.getByLabel("Confidence").selectOption({ label: "Moderate confidence" });
  await judgment.getByLabel("Rationale").fill("Claimed attacks continued after the statement.");
  await judgment.getByLabel("What would change this judgment").fill("A sustained fall in claimed and attributed attacks.");
  await judgment.getByRole("button", { name: "Record judgment" }).click();
  for (const page of [reviewer, owner]) await expect(page.getByRole("region", { name: "Judgment" })).toContainText("ISKP was not defeated in 2022");

  // A participant dissents; the others see it live.
  await reviewer.getByText("Dissent from this judgment").click();
  await reviewer.getByLabel("Your dissent").fill("The attacks were a last surge; the group's capacity was broken.");
  await reviewer.getByRole("button", { name: "Record dissent" }).click();
  for (const page of [editor, owner]) await expect(page.getByRole("group", { name: "Dissent by Rana Reviewer" })).toContainText("last surge");
  await shot(editor, "decided");

  // Closing freezes the record; it can still be read and exported.
  editor.once("dialog", (dialog) => dialog.accept());
  await editor.getByRole("button", { name: "Close session" }).click();
  await expect(editor.getByRole("listitem").filter({ hasText: "Closed" }).first()).toHaveAttribute("aria-current", "step");
  await expect(editor.getByRole("form", { name: /judgment/ })).toHaveCount(0);
  const exported = await editor.request.get(`${url.replace("/w/demo/sessions/", "/api/v1/workspaces/demo/sessions/")}/export?format=markdown`);
  expect(await exported.text()).toContain("**Dissent** (Rana Reviewer)");
  await shot(editor, "closed");

  expect(problems).toEqual([]);
});
