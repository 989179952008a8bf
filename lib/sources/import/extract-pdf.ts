import { getDocumentProxy } from "unpdf";
import type { ExtractedDocument } from "./extracted-document";
import { ImportProblem, MAX_EXTRACTED_CHARS, MAX_PDF_PAGES } from "./limits";

type TextPiece = { str: string; hasEOL: boolean; transform: number[]; height: number };
// Marked-content items carry no text; only pieces with `str` do.
const pieces = (items: object[]) => items.filter((item) => "str" in item) as TextPiece[];

// Word processors fill Title with the file name; that is no title.
const fileNameTitle = /^Microsoft (Word|PowerPoint) - |\.(docx?|odt|pdf|indd|rtf|pages)$/i;

const infoText = (info: unknown, key: string) => {
  const value = info && typeof info === "object" ? (info as Record<string, unknown>)[key] : undefined;
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
};

/**
 * One page's text layer in reading order as the PDF gives it: a line break where the
 * PDF marks the end of a line, and a blank line where the gap to the next line is
 * clearly larger than the line height (a new paragraph).
 */
function pageText(items: TextPiece[]): string {
  let text = "";
  let previousY: number | undefined;
  let previousHeight = 0;
  for (const item of items) {
    const y = item.transform[5];
    if (previousY !== undefined && text && !text.endsWith("\n") && Math.abs(previousY - y) > Math.max(previousHeight, 1) * 0.5) text += "\n";
    if (previousY !== undefined && text.endsWith("\n") && !text.endsWith("\n\n") && previousY - y > Math.max(previousHeight, item.height, 1) * 1.8) text += "\n";
    text += item.str;
    if (item.hasEOL) text += "\n";
    if (item.str) [previousY, previousHeight] = [y, item.height];
  }
  return text.replace(/[ \t]+\n/g, "\n").trim();
}

/**
 * The text layer of a PDF, page by page, separated by blank lines. Refuses
 * encrypted files, files over MAX_PDF_PAGES pages and text beyond what a source
 * can hold, and says so when there is no text layer at all (a scan).
 */
export async function extractPdf(bytes: Uint8Array): Promise<ExtractedDocument> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy. verbosity 0: errors only.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, stopAtErrors: false });
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "PasswordException") throw new ImportProblem("is a password-protected PDF; remove the password and import it again");
    throw new ImportProblem(`is a damaged PDF that cannot be read (${error instanceof Error ? error.message : "unknown error"})`);
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw new ImportProblem(`has ${pdf.numPages.toLocaleString("en")} pages; at most ${MAX_PDF_PAGES.toLocaleString("en")} are accepted: split the PDF`);
    }
    const pages: string[] = [];
    let length = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      page.cleanup();
      const text = pageText(pieces(content.items));
      length += text.length + 2;
      if (length > MAX_EXTRACTED_CHARS) {
        throw new ImportProblem(`has more text than a source can hold (over ${MAX_EXTRACTED_CHARS.toLocaleString("en")} characters by page ${n}): split the PDF`);
      }
      pages.push(text);
    }
    const text = pages.filter(Boolean).join("\n\n");
    if (!text.trim()) {
      throw new ImportProblem(`has no text layer (scanned?): no text was found on its ${pdf.numPages === 1 ? "page" : `${pdf.numPages} pages`}; run OCR on it first`);
    }
    const { info } = await pdf.getMetadata().catch(() => ({ info: undefined }));
    const author = infoText(info, "Author");
    const title = infoText(info, "Title");
    // The file's CreationDate is when the PDF was made, not when the text was published: not used.
    return { text, suggested: { title: title && !fileNameTitle.test(title) ? title : undefined, authors: author ? author.split(/\s*;\s*/) : undefined } };
  } finally {
    await pdf.destroy();
  }
}
