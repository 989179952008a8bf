import { expect, hydrated, test } from "./fixtures";

test("an editor imports two files, sees the progress complete and each result, and opens a new source", async ({ page, signIn }) => {
  await signIn("editor");
  await page.goto("/w/demo/sources");
  await page.getByRole("link", { name: "Import files" }).click();
  await expect(page.getByRole("heading", { name: "Import files" })).toBeVisible();

  const stamp = Date.now();
  // Files set before React has attached the input's change handler are never counted.
  await hydrated(page.getByLabel("Documents"));
  await page.getByLabel("Documents").setInputFiles([
    { name: "governor-statement.txt", mimeType: "text/plain", buffer: Buffer.from(`والی گفت که کاروان آسیبی ندیده است. ${stamp}\n`) },
    {
      name: "ministry-page.html",
      mimeType: "text/html",
      buffer: Buffer.from(`<!doctype html><html lang="en"><head><title>Ministry denies strike ${stamp}</title></head><body><nav>Home</nav><main><p>The ministry denied the strike.</p></main></body></html>`),
    },
  ]);
  await expect(page.getByText("2 files chosen")).toBeVisible();
  await page.getByRole("button", { name: "Import 2 files" }).click();

  await expect(page.getByRole("status").filter({ hasText: "2 of 2 files done" })).toBeVisible();
  await expect(page.getByRole("progressbar")).toHaveAttribute("value", "2");
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText("governor-statement.txt");
  await expect(rows.nth(1)).toContainText("Imported");
  await expect(rows.nth(2)).toContainText("Imported");

  await rows.nth(2).getByRole("link", { name: `Ministry denies strike ${stamp}` }).click();
  await expect(page.getByRole("heading", { name: `Ministry denies strike ${stamp}` })).toBeVisible();
  await expect(page.getByText("The ministry denied the strike.")).toBeVisible();
  await expect(page.getByText("Home", { exact: true })).toHaveCount(0);
});

test("importing the same text again offers the existing source, and a mislabelled file says what it is", async ({ page, signIn }) => {
  await signIn("editor");
  await page.goto("/w/demo/sources/import");
  const text = `A statement imported twice ${Date.now()}`;
  const input = page.getByLabel("Documents");
  await input.setInputFiles([{ name: "first.txt", mimeType: "text/plain", buffer: Buffer.from(text) }]);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 of 1 files done" })).toBeVisible();

  await input.setInputFiles([
    { name: "again.txt", mimeType: "text/plain", buffer: Buffer.from(text) },
    { name: "picture.txt", mimeType: "text/plain", buffer: Buffer.from("89504e470d0a1a0a0000000d49484452", "hex") },
  ]);
  await page.getByRole("button", { name: "Import 2 files" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 of 2 files done" })).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toContainText("Already here");
  await expect(rows.nth(1).getByRole("link", { name: "first" })).toBeVisible();
  await expect(rows.nth(2)).toContainText("Failed");
  await expect(rows.nth(2)).toContainText("picture.txt is named .txt but is a PNG image");
});
