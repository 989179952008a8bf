import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../lib/sources/import/decode-text";
import { extractDocument } from "../../lib/sources/import/extract-document";
import { extractHtml } from "../../lib/sources/import/extract-html";
import { guessLanguage, normaliseLanguage } from "../../lib/sources/import/guess-language";
import { parseDateWithPrecision } from "../../lib/sources/import/metadata-date";
import { readMetadataFile } from "../../lib/sources/import/read-metadata-file";
import { sniffFormat } from "../../lib/sources/import/sniff-type";

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, "../fixtures/import", name)));
const bytes = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]);

describe("sniffFormat", () => {
  it("goes by content and checks it against the name", () => {
    expect(sniffFormat("a.txt", bytes("plain"))).toBe("text");
    expect(sniffFormat("a.MD", bytes("# heading"))).toBe("markdown");
    expect(sniffFormat("a.htm", bytes("<p>fragment</p>"))).toBe("html");
    expect(sniffFormat("report.pdf", fixture("report.pdf"))).toBe("pdf");
    expect(sniffFormat("no-extension", fixture("report.pdf"))).toBe("pdf");
    expect(sniffFormat("saved-page", bytes("<!-- saved -->\n<!DOCTYPE html><html>"))).toBe("html");
    expect(sniffFormat("notes", bytes("just words"))).toBe("text");
  });

  it("says what a mislabelled or unsupported file really is", () => {
    expect(() => sniffFormat("photo.txt", fixture("photo.txt"))).toThrow("is named .txt but is a PNG image");
    expect(() => sniffFormat("page.pdf", fixture("page.pdf"))).toThrow(/not a PDF .*it is an HTML page/);
    expect(() => sniffFormat("report.txt", fixture("report.pdf"))).toThrow("is named .txt but is a PDF: rename it .pdf");
    expect(() => sniffFormat("doc.docx", bytes("x"))).toThrow(/extension \.docx, which cannot be imported/);
    expect(() => sniffFormat("a.html", new Uint8Array([0x1f, 0x8b, 8, 0]))).toThrow(/gzip archive; archives are not unpacked/);
    expect(() => sniffFormat("a.pdf", new Uint8Array([0x50, 0x4b, 3, 4]))).toThrow(/named \.pdf but is a ZIP archive/);
    expect(() => sniffFormat("mystery", new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toThrow("is a JPEG image, not a text document");
    expect(() => sniffFormat("a.txt", new Uint8Array())).toThrow("is empty");
  });
});

describe("decodeText", () => {
  it("reads UTF-8 with and without a BOM and UTF-16 with a BOM, dropping only the BOM", () => {
    expect(decodeText(bytes("سلام\r\n"))).toEqual({ text: "سلام\r\n", encoding: "utf-8" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("Привет")])).text).toBe("Привет");
    expect(decodeText(utf16le("Merhaba dünya"))).toEqual({ text: "Merhaba dünya", encoding: "utf-16le" });
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x68, 0x00, 0x69]);
    expect(decodeText(be).text).toBe("hi");
  });

  it("refuses invalid UTF-8 with the offset, NUL bytes, and honours a declared legacy charset", () => {
    expect(() => decodeText(new Uint8Array([0x61, 0xc3, 0x28]))).toThrow(/not valid UTF-8 text \(first bad byte at offset 1\)/);
    expect(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff]))).toThrow(/offset 4/);
    expect(() => decodeText(new Uint8Array([0x61, 0x00, 0x62, 0x00]))).toThrow(/NUL bytes/);
    // "سلام" in Windows-1256.
    expect(decodeText(new Uint8Array([0xd3, 0xe1, 0xc7, 0xe3]), "windows-1256").text).toBe("سلام");
    expect(() => decodeText(bytes("x"), "klingon-8")).toThrow(/character set "klingon-8", which is not known/);
  });
});

describe("extractHtml", () => {
  it("keeps paragraphs and line breaks, drops furniture and decodes entities", () => {
    const { text } = extractHtml(
      "<body><nav>Menu</nav><div role=navigation>Crumbs</div><h2>Head</h2><p>One\n  two&nbsp;three</p><p hidden>secret</p><pre>a  b\n c</pre><table><tr><td>x</td><td>y</td></tr></table><footer>foot</footer></body>",
    );
    expect(text).toBe("Head\n\nOne two\u00a0three\n\na  b\n c\n\nx\ty");
  });

  it("takes the whole body when the page marks no article, and reads the head's metadata", () => {
    const { text, suggested } = extractHtml(
      '<html lang="FA_ir"><head><title> عنوان  صفحه </title><meta name="author" content="https://x.example/me"></head><body><article>A</article><article>B</article></body></html>',
    );
    expect(text).toBe("A\n\nB");
    expect(suggested).toMatchObject({ title: "عنوان صفحه", authors: undefined, language: "FA-ir" });
    expect(normaliseLanguage(suggested.language)).toBe("fa-ir");
  });
});

describe("extractDocument", () => {
  it("reads a PDF's text layer and refuses one with no text", async () => {
    expect((await extractDocument("r.pdf", fixture("report.pdf"))).text).toMatch(/^Provincial police said/);
    await expect(extractDocument("s.pdf", fixture("scanned.pdf"))).rejects.toThrow(/no text layer \(scanned\?\)/);
    await expect(extractDocument("broken.pdf", bytes("%PDF-1.4\ngarbage"))).rejects.toThrow(/damaged PDF|no text layer/);
  });

  it("refuses an HTML page with nothing readable", async () => {
    await expect(extractDocument("x.html", bytes("<html><script>1</script><nav>menu</nav></html>"))).rejects.toThrow(/no readable text/);
  });
});

describe("metadata", () => {
  it("parses dates with their precision", () => {
    expect(parseDateWithPrecision("2022-05-01")).toEqual({ date: "2022-05-01", precision: "DAY" });
    expect(parseDateWithPrecision("2022-05")).toEqual({ date: "2022-05-01", precision: "MONTH" });
    expect(parseDateWithPrecision("2022")).toEqual({ date: "2022-01-01", precision: "YEAR" });
    expect(parseDateWithPrecision("c. 2019-03")).toEqual({ date: "2019-03-01", precision: "ABOUT" });
    expect(parseDateWithPrecision("2023-03-09T08:15:00Z")).toEqual({ date: "2023-03-09", precision: "DAY" });
    expect(parseDateWithPrecision("2022-02-30")).toEqual({ error: '"2022-02-30" is not a real calendar date' });
    expect(parseDateWithPrecision("May 2022")).toHaveProperty("error");
  });

  it("reads CSV headings loosely, semicolon CSV, and reports repeated and unknown columns", () => {
    const csv = "File Name;Title;Archive URL;Date Precision;Colour\nA.TXT;One;https://a.example;about;red\na.txt;Again;;;\n";
    const table = readMetadataFile("m.csv", bytes(csv));
    expect(table.rows.get("a.txt")).toEqual({ row: 2, file: "A.TXT", fields: { title: "One", archiveUrl: "https://a.example", publishedPrecision: "ABOUT" }, problem: undefined });
    expect(table.problems).toEqual([
      { row: 1, message: "unknown column ignored: Colour" },
      { row: 3, message: "names a.txt again (first in row 2); this row is ignored" },
    ]);
  });

  it("refuses metadata that is not a JSON array or not CSV", () => {
    expect(() => readMetadataFile("m.json", bytes('{"file":"a"}'))).toThrow("must be a JSON array of objects, one per file");
    expect(() => readMetadataFile("m.csv", bytes('file,title\n"a.txt,unclosed\n'))).toThrow(/cannot be read as CSV/);
  });
});

describe("guessLanguage", () => {
  it("tells scripts and the languages that use them apart", () => {
    expect(guessLanguage("سخنگوی طالبان گفت که")).toBe("fa");
    expect(guessLanguage("قال المتحدث إن الهجوم")).toBe("ar");
    expect(guessLanguage("ویاند چې ډېر خلک")).toBe("ps");
    expect(guessLanguage("Пресс-секретарь заявил")).toBe("ru");
    expect(guessLanguage("Sözcü, saldırının İstanbul'da gerçekleştiğini söyledi")).toBe("tr");
    expect(guessLanguage("De woordvoerder zei")).toBe("en");
  });
});
