import { buildZip } from "../support/zip-builder";
import { expect, hydrated, test } from "./fixtures";

test("an editor imports a .zip: each entry gets its own result, by its path, and the bad ones say why", async ({ page, signIn }) => {
  await signIn("editor");
  await page.goto("/w/demo/sources/import");
  const stamp = Date.now();
  const archive = buildZip([
    { name: "kunduz/" },
    { name: "kunduz/governor-statement.txt", data: `The governor said the convoy was not attacked. ${stamp}\n` },
    { name: "kunduz/ministry.html", data: `<!doctype html><html lang="en"><head><title>Ministry page ${stamp}</title></head><body><main><p>The ministry denied the strike on the convoy. ${stamp}</p></main></body></html>` },
    { name: "notes/briefing.md", data: `# Briefing ${stamp}\n\nTwo accounts disagree.` },
    { name: "metadata.csv", data: `file,title,publisher\nkunduz/governor-statement.txt,Governor denies attack ${stamp},Radio Azadi\n` },
    { name: "bomb.txt", data: new Uint8Array(4 * 1024 * 1024) },
    { name: "nested/old-export.zip", data: buildZip([{ name: "inside.txt", data: "nested" }]) },
    { name: "../../etc/passwd.txt", data: "traversal" },
    { name: "__MACOSX/kunduz/._ministry.html", data: "resource fork" },
    { name: ".DS_Store", data: "finder" },
  ]);
  // Files set before React has attached the input's change handler are never counted.
  await hydrated(page.getByLabel("Documents"));
  await page.getByLabel("Documents").setInputFiles([{ name: "kunduz-pack.zip", mimeType: "application/zip", buffer: archive }]);
  await expect(page.getByText("1 file chosen")).toBeVisible();
  await page.getByRole("button", { name: "Import" }).click();

  // The archive's six documents replace its one place in the count; hidden files are not counted.
  await expect(page.getByRole("status").filter({ hasText: "6 of 6 files done" })).toBeVisible();
  await expect(page.getByRole("progressbar")).toHaveAttribute("max", "6");
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(7);
  await expect(rows.nth(1)).toContainText("kunduz/governor-statement.txt");
  await expect(rows.nth(1)).toContainText("in kunduz-pack.zip");
  await expect(rows.nth(1).getByRole("link", { name: `Governor denies attack ${stamp}` })).toBeVisible();
  await expect(rows.nth(2)).toContainText("Imported");
  await expect(rows.nth(3)).toContainText("notes/briefing.md");
  await expect(rows.nth(3)).toContainText("Imported");
  await expect(rows.nth(4)).toContainText("Failed");
  await expect(rows.nth(4)).toContainText("bomb.txt expands more than 100 times its compressed size");
  await expect(rows.nth(5)).toContainText("nested/old-export.zip is an archive (.zip) inside the archive");
  await expect(rows.nth(6)).toContainText("../../etc/passwd.txt has an unsafe name");
  await expect(page.getByRole("table").getByText(/__MACOSX|DS_Store/)).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Results" })).toBeVisible();

  await rows.nth(1).getByRole("link", { name: `Governor denies attack ${stamp}` }).click();
  await expect(page.getByRole("heading", { name: `Governor denies attack ${stamp}` })).toBeVisible();
  await expect(page.getByText("Radio Azadi").first()).toBeVisible();
});
