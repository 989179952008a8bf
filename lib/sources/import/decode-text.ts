import { ImportProblem } from "./limits";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Offset of the first byte that is not part of valid UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      utf8.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return -1;
}

export type DecodedText = { text: string; encoding: string };

/**
 * Bytes to text. UTF-8 (with or without a byte-order mark) and UTF-16 with a
 * byte-order mark are read; the mark itself is an encoding signal, not text, so it
 * is dropped. Anything else is refused rather than guessed, since a wrong guess
 * would store a garbled text under a SHA-256 that looks authoritative.
 * `declared` is an HTML page's own charset, honoured when it is not UTF-8.
 */
export function decodeText(bytes: Uint8Array, declared?: string): DecodedText {
  let encoding = "utf-8";
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, body] = ["utf-16le", bytes.subarray(2)];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, body] = ["utf-16be", bytes.subarray(2)];
  else if (declared && !/^(utf-?8|unicode-1-1-utf-8)$/i.test(declared)) encoding = declared.toLowerCase();

  if (encoding === "utf-8" && body.includes(0)) {
    throw new ImportProblem("contains NUL bytes, so it is not plain text (a binary file, or UTF-16 without a byte-order mark)");
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    throw new ImportProblem(`declares the character set "${declared}", which is not known; save it as UTF-8 and import it again`);
  }
  let text: string;
  try {
    text = decoder.decode(body);
  } catch {
    if (encoding !== "utf-8") throw new ImportProblem(`is not valid ${encoding.toUpperCase()} text`);
    const at = firstInvalidUtf8(body) + (bytes.length - body.length);
    throw new ImportProblem(
      `is not valid UTF-8 text (first bad byte at offset ${at}); it may use an older encoding such as Windows-1256 or KOI8-R: save it as UTF-8 and import it again`,
    );
  }
  if (text.includes("\u0000")) throw new ImportProblem("contains NUL characters, so it is not plain text");
  return { text, encoding };
}
