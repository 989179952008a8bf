import { decodeText } from "./decode-text";
import type { ImportedDocument } from "./extracted-document";
import { declaredCharset, extractHtml } from "./extract-html";
import { extractPdf } from "./extract-pdf";
import { ImportProblem, MAX_EXTRACTED_CHARS, MAX_FILE_BYTES, megabytes } from "./limits";
import { sniffFormat } from "./sniff-type";

/**
 * A file's text, ready to store. Plain text and Markdown are stored exactly as
 * decoded: Markdown stays its own source text (rendering it would drop link targets
 * and change offsets that quotes point at). HTML gives its readable text; PDF its
 * text layer. Throws ImportProblem saying what is wrong with the file.
 */
export async function extractDocument(name: string, bytes: Uint8Array): Promise<ImportedDocument> {
  if (bytes.length > MAX_FILE_BYTES) throw new ImportProblem(`is ${megabytes(bytes.length)}; the largest file accepted is ${megabytes(MAX_FILE_BYTES)}`);
  const format = sniffFormat(name, bytes);
  if (format === "pdf") return { format, ...(await extractPdf(bytes)) };
  const { text } = decodeText(bytes, format === "html" ? declaredCharset(bytes) : undefined);
  const document = format === "html" ? extractHtml(text) : { text, suggested: {} };
  if (!document.text.trim()) {
    throw new ImportProblem(format === "html" ? "has no readable text once the page's markup and furniture are removed" : "holds only white space");
  }
  if (document.text.length > MAX_EXTRACTED_CHARS) {
    throw new ImportProblem(`has ${document.text.length.toLocaleString("en")} characters of text; a source holds at most ${MAX_EXTRACTED_CHARS.toLocaleString("en")}: split it`);
  }
  return { format, ...document };
}
