import { demoUser, expect, test } from "./fixtures";

test("a user signs in with the form, sees the disputes, and signs out", async ({ page, expectConsoleError }) => {
  expectConsoleError(/status of 401/); // the wrong password below
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
  const { email, password, name } = demoUser("editor");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong password here");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /not right/ })).toBeVisible();
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Disputes" })).toBeVisible();
  await expect(page.getByText(name)).toBeVisible();
  await expect(page.getByRole("link", { name: /defeated/i }).first()).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
});
