import { ImportProblem } from "./limits";

export type DocumentFormat = "text" | "markdown" | "html" | "pdf";

const byExtension: Record<string, DocumentFormat> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
  xhtml: "html",
  pdf: "pdf",
};

export const acceptedExtensions = Object.keys(byExtension).map((ext) => `.${ext}`);

const ascii = (bytes: Uint8Array, from: number, length: number) => String.fromCharCode(...bytes.subarray(from, from + length));
const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);

// Formats people might drop in by mistake, recognised by their first bytes.
const binaries: { name: string; test: (bytes: Uint8Array) => boolean; archive?: boolean }[] = [
  { name: "a ZIP archive (or a Word/Excel/OpenDocument file, which are ZIP inside)", archive: true, test: (b) => isZip(b) },
  { name: "a gzip archive", archive: true, test: (b) => startsWith(b, [0x1f, 0x8b]) },
  { name: "a 7-Zip archive", archive: true, test: (b) => startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) },
  { name: "a RAR archive", archive: true, test: (b) => ascii(b, 0, 4) === "Rar!" },
  { name: "a bzip2 archive", archive: true, test: (b) => ascii(b, 0, 3) === "BZh" && b[3] >= 0x31 && b[3] <= 0x39 },
  { name: "an xz archive", archive: true, test: (b) => startsWith(b, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]) },
  { name: "a tar archive", archive: true, test: (b) => ascii(b, 257, 5) === "ustar" },
  { name: "a PNG image", test: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47]) },
  { name: "a JPEG image", test: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { name: "a GIF image", test: (b) => ascii(b, 0, 4) === "GIF8" },
  { name: "a WebP image or RIFF media file", test: (b) => ascii(b, 0, 4) === "RIFF" },
  { name: "a TIFF image", test: (b) => startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a]) },
  { name: "an old Word/Excel (OLE) file", test: (b) => startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) },
  { name: "an RTF document", test: (b) => ascii(b, 0, 5) === "{\\rtf" },
  { name: "a program (executable)", test: (b) => ascii(b, 0, 2) === "MZ" || startsWith(b, [0x7f, 0x45, 0x4c, 0x46]) },
  { name: "an MP4/MOV video or HEIC image", test: (b) => ascii(b, 4, 4) === "ftyp" },
  { name: "an MP3 file", test: (b) => ascii(b, 0, 3) === "ID3" },
  { name: "an SQLite database", test: (b) => ascii(b, 0, 15) === "SQLite format 3" },
];

/** PDF readers accept the header anywhere in the first kilobyte; so do we. */
export function isPdf(bytes: Uint8Array): boolean {
  return ascii(bytes, 0, 1024).includes("%PDF-");
}

/** Markers that only an HTML page starts with (after white space and comments). */
export function looksLikeHtml(head: string): boolean {
  const start = head.replace(/^\uFEFF/, "").replace(/^(\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*/, "").slice(0, 200).toLowerCase();
  return /^<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta[\s>]|title[\s>])/.test(start);
}

/** A ZIP archive (or an empty one) by its first bytes. */
export const isZip = (bytes: Uint8Array) => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);

/** What kind of archive these bytes are ("a gzip archive"), or null; used to refuse archives inside archives. */
export const describeArchive = (bytes: Uint8Array): string | null => binaries.find((b) => b.archive && b.test(bytes))?.name ?? null;

/** Extensions of archive formats, so an archive inside an archive is refused before it is inflated. */
export const archiveExtensions = new Set(["zip", "gz", "tgz", "7z", "rar", "bz2", "xz", "tar", "jar", "cab", "zst"]);

function describeContent(bytes: Uint8Array): string | null {
  if (isPdf(bytes)) return "a PDF";
  const found = binaries.find((b) => b.test(bytes));
  if (found) return found.name;
  return null;
}

export const extensionOf = (name: string) => /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";

/**
 * Which extraction a file gets, decided by its content and checked against its
 * name: a PNG renamed .txt or an HTML page renamed .pdf is refused and the message
 * says what the file really is. A name without an extension goes by content alone.
 */
export function sniffFormat(name: string, bytes: Uint8Array): DocumentFormat {
  if (bytes.length === 0) throw new ImportProblem("is empty");
  const ext = extensionOf(name);
  const claimed = ext ? byExtension[ext] : undefined;
  if (ext && !claimed) {
    throw new ImportProblem(`has the extension .${ext}, which cannot be imported; accepted: ${acceptedExtensions.join(", ")}`);
  }
  const actual = describeContent(bytes);
  const archive = binaries.find((b) => b.archive && b.test(bytes));
  if (claimed === "pdf") {
    if (actual === "a PDF") return "pdf";
    if (actual) throw new ImportProblem(`is named .pdf but is ${actual}`);
    const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 2048));
    throw new ImportProblem(`is named .pdf but is not a PDF (it has no %PDF- header${looksLikeHtml(head) ? "; it is an HTML page: rename it .html" : ""})`);
  }
  if (archive) {
    const hint = isZip(bytes) ? "unless named .zip: rename it .zip to import the documents inside" : "(only .zip archives are): import the documents inside it instead";
    throw new ImportProblem(`is ${archive.name}; archives are not unpacked here ${hint}`);
  }
  if (actual === "a PDF") {
    if (claimed) throw new ImportProblem(`is named .${ext} but is a PDF: rename it .pdf`);
    return "pdf";
  }
  if (actual) throw new ImportProblem(claimed ? `is named .${ext} but is ${actual}` : `is ${actual}, not a text document`);
  if (claimed) return claimed;
  return looksLikeHtml(new TextDecoder("utf-8").decode(bytes.subarray(0, 2048))) ? "html" : "text";
}
