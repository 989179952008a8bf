import "server-only";
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

/** Where Chromium is: CHROMIUM_PATH, else the usual Debian/Ubuntu places (as scripts/lib/chromium.mjs looks). */
function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => p && existsSync(p));
  if (!found) throw new Error("PDF export needs Chromium: install it (apt-get install chromium) or set CHROMIUM_PATH.");
  return found;
}

/**
 * The HTML export printed by headless Chromium. A browser lays out Persian and
 * other right-to-left text, shapes Arabic script and picks system fonts for it,
 * which pure-JS PDF writers (pdfkit, pdf-lib) do not; and the PDF then matches the
 * HTML export page for page.
 */
export async function htmlToPdf(html: string, footer: string): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: chromiumPath() });
  try {
    const page = await browser.newPage();
    // The memo is self-contained: nothing to fetch, so no request may leave.
    await page.route("**/*", (route) => route.abort());
    await page.setContent(html, { waitUntil: "load" });
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: `<div style="font-size:8px;width:100%;text-align:center;color:#5b6475">${footer.replace(/[&<>"']/g, "")} · page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
      margin: { top: "2cm", bottom: "2.2cm", left: "2cm", right: "2cm" },
    });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
}
