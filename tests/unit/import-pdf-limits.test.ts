import { describe, expect, it } from "vitest";
import { extractDocument } from "../../lib/sources/import/extract-document";
import { MAX_PDF_PAGES } from "../../lib/sources/import/limits";
import { buildPdf, textLines } from "../fixtures/import/pdf-builder.mjs";

// A PDF can expand far beyond its size (a few bytes per page, thousands of pages): the
// page count is refused before any page is read, with the limit named.
describe("a PDF with too many pages", () => {
  it("refuses more pages than MAX_PDF_PAGES before reading any", async () => {
    const pages = Array.from({ length: MAX_PDF_PAGES + 1 }, () => textLines(800, "x"));
    await expect(extractDocument("long.pdf", new Uint8Array(buildPdf(pages)))).rejects.toThrow(
      `has ${(MAX_PDF_PAGES + 1).toLocaleString("en")} pages; at most ${MAX_PDF_PAGES.toLocaleString("en")} are accepted: split the PDF`,
    );
  });
});
