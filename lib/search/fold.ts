/**
 * The search form of a text, with a map back to the original.
 *
 * Two levels, applied in order, mirrored exactly by the SQL function
 * cc_search_fold (prisma/migrations/*_search/migration.sql) that the database
 * triggers use to fill SearchText.folded — keep the two in step
 * (tests/integration/search.test.ts compares them on a sample).
 *
 * 1. Script folding: NFKD; drop combining marks, Arabic harakat, tatweel and the
 *    zero-width joiners (so می‌گوید = میگوید); Arabic ي ى ك ة → Persian ی ی ک ه;
 *    Persian and Arabic-Indic digits → 0-9; lower case; every character outside an
 *    explicit set of letter/digit ranges becomes a space (explicit ranges, not
 *    Unicode classes, because the database's ctype may be plain "C").
 * 2. Romanisation variants of Perso-Arabic names (Latin letters only), a small
 *    documented list: the ezafe joins its word (Mazar-i-Sharif, Mazar-e Sharif,
 *    Mazari Sharif → mazari sharif); th/dh/zh → z (Thabihullah = Zabihullah);
 *    q → k; ou/oo → u; e → i (Mujahed = Mujahid); doubled letters → one
 *    (Khorassan = Khorasan). Typos beyond these are left to trigram similarity.
 *
 * The result is padded with one space each side so " term" matches at a word start.
 */

export type Folded = {
  text: string;
  /** For each character of `text`, the [start, end) range of the original it came from. */
  starts: Int32Array;
  ends: Int32Array;
};


export const WORD_CHARS =
  "0-9a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff\u05d0-\u05ea" +
  "\u0621-\u063f\u0641-\u064a\u066e-\u06d3\u06d5\u06ee-\u06ff\u0750-\u077f\u08a0-\u08ff" +
  "\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af";
const wordChar = new RegExp(`^[${WORD_CHARS}]$`);
const dropped = /[\u0300-\u036f\u064b-\u065f\u0670\u200c-\u200f\u0640]/g;
const letterForms: Record<string, string> = { "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه" };
const digits = "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩";

function foldChar(char: string): string {
  let out = "";
  for (const c of char.normalize("NFKD").replace(dropped, "")) {
    const digit = digits.indexOf(c);
    const mapped = digit >= 0 ? String(digit % 10) : (letterForms[c] ?? c);
    out += mapped.toLowerCase();
  }
  return out;
}

// What each character of an original folds to, non-word characters already spaces,
// by code point (no string made to look one up). A text is mostly the same few dozen
// characters, and NFKD per character was most of a fold's cost (a lookup folds its
// 25 passages for highlighting), so each is worked out once; bounded, since a text
// may hold any character.
const folds = new Map<number, string>();
const MAX_REMEMBERED = 10_000;

function foldedCodePoint(codePoint: number): string {
  let out = folds.get(codePoint);
  if (out === undefined) {
    out = "";
    for (const c of foldChar(String.fromCodePoint(codePoint))) out += wordChar.test(c) ? c : " ";
    if (folds.size < MAX_REMEMBERED) folds.set(codePoint, out);
  }
  return out;
}

/**
 * A text being folded: its characters as UTF-16 codes (every word character is in
 * the Basic Multilingual Plane, so one code is one character) and, for each, the
 * [from, to) of the original it came from. The rules below rewrite these arrays in
 * place, since none makes a text longer; typed arrays and plain loops because a
 * lookup folds some 15,000 characters (its passages and its sources' windows) for
 * highlighting, and regular-expression rules over strings cost ~140 ns a character.
 */
type Folding = { codes: Uint16Array; from: Int32Array; to: Int32Array; n: number };
type Buffers = Omit<Folding, "n">;

const SPACE = 0x20;
const isLatinLower = (code: number) => code >= 0x61 && code <= 0x7a;

// Each ASCII character folds to one: letters and digits as themselves (lower case), the rest spaces.
const asciiFolds = Uint16Array.from({ length: 128 }, (_, code) => foldedCodePoint(code).charCodeAt(0));

/**
 * The arrays every fold works in, kept from one fold to the next and grown when a
 * text needs more: a typed array longer than 64 bytes has its memory outside V8's
 * heap, and making three per fold cost ~7 µs (a lookup folds ~50 short texts),
 * and garbage collection time besides.
 */
const scratch: Buffers = { codes: new Uint16Array(4096), from: new Int32Array(4096), to: new Int32Array(4096) };
// Arrays grown past this many characters (a whole long source) are not kept.
const SCRATCH_KEPT = 1 << 16;

/** Level 1: script folding, spaces collapsed, padded with one space each side; into `scratch`. */
function foldScript(original: string): Folding {
  // NFKD can make several characters of one; grown when it does.
  let { codes, from, to } = scratch;
  let size = codes.length;
  codes[0] = SPACE;
  let n = 1;
  let lastSpace = true;
  let index = 0;
  while (index < original.length) {
    const start = index;
    const code = original.charCodeAt(index);
    // An ASCII character folds to one code; any other to the string foldedChar caches.
    let ascii = -1;
    let folded = "";
    if (code < 128) {
      ascii = asciiFolds[code];
      index += 1;
    } else {
      // A whole code point (a surrogate pair is one character to NFKD; a lone surrogate is its own).
      const codePoint = original.codePointAt(index)!;
      folded = foldedCodePoint(codePoint);
      index += codePoint > 0xffff ? 2 : 1;
    }
    const count = ascii >= 0 ? 1 : folded.length;
    for (let k = 0; k < count; k += 1) {
      const ch = ascii >= 0 ? ascii : folded.charCodeAt(k);
      const space = ch === SPACE;
      if (space && lastSpace) continue;
      if (n + 1 >= size) {
        size *= 2;
        [codes, from, to] = [grown(codes, size), grown(from, size), grown(to, size)];
      }
      codes[n] = ch;
      from[n] = start;
      to[n] = index;
      n += 1;
      lastSpace = space;
    }
  }
  if (!lastSpace) {
    codes[n] = SPACE;
    from[n] = index;
    to[n] = index;
    n += 1;
  }
  if (codes.length <= SCRATCH_KEPT) Object.assign(scratch, { codes, from, to });
  return { codes, from, to, n };
}

function grown<T extends Uint16Array | Int32Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (size: number) => T)(size);
  bigger.set(array);
  return bigger;
}

/** Letters a-z as bits of a mask, for "is this one of these letters" in one test. */
const letters = (list: string) => [...list].reduce((mask, ch) => mask | (1 << (ch.charCodeAt(0) - 0x61)), 0);
const inMask = (code: number, mask: number) => isLatinLower(code) && (mask & (1 << (code - 0x61))) !== 0;

/**
 * Each pass below reads the text at r and writes it at w <= r, in place: the
 * character `c` for the source characters r..last keeps the original range from
 * r's start to last's end. Each returns the new length.
 */
function put(text: Folding, w: number, c: number, r: number, last: number) {
  text.codes[w] = c;
  text.from[w] = text.from[r];
  text.to[w] = text.to[last];
}

const IE = letters("ie");

/** Ezafe, / ([a-z]) ([ie]) /: "mazar i sharif" → "mazari sharif" (the letter, the vowel, the space). */
function joinEzafe(text: Folding, n: number): number {
  const { codes } = text;
  let w = 0;
  for (let r = 0; r < n; r += 1, w += 1) {
    const c = codes[r];
    if (isLatinLower(c) && r + 3 < n && codes[r + 1] === SPACE && inMask(codes[r + 2], IE) && codes[r + 3] === SPACE) {
      put(text, w, c, r, r);
      put(text, w + 1, codes[r + 2], r + 2, r + 2);
      [w, r] = [w + 2, r + 3];
    }
    put(text, w, codes[r], r, r);
  }
  return w;
}

/** A letter of `firsts` followed by one of `seconds` becomes `pair`; else the letter `swap[0]` becomes `swap[1]`. */
function joinPairs(text: Folding, n: number, firsts: number, seconds: number, pair: number, [swapFrom, swapTo]: readonly number[]): number {
  const { codes } = text;
  let w = 0;
  for (let r = 0; r < n; w += 1) {
    const c = codes[r];
    if (inMask(c, firsts) && r + 1 < n && inMask(codes[r + 1], seconds)) {
      put(text, w, pair, r, r + 1);
      r += 2;
    } else {
      put(text, w, c === swapFrom ? swapTo : c, r, r);
      r += 1;
    }
  }
  return w;
}

/** A doubled Latin letter → one. */
function dropDoubles(text: Folding, n: number): number {
  const { codes } = text;
  let w = 0;
  for (let r = 0; r < n; w += 1) {
    const c = codes[r];
    let last = r;
    if (isLatinLower(c)) while (last + 1 < n && codes[last + 1] === c) last += 1;
    put(text, w, c, r, last);
    r = last + 1;
  }
  return w;
}

const code = (ch: string) => ch.charCodeAt(0);

/**
 * Level 2, the romanisation variants: the same rules, in the same order, as
 * cc_search_fold in SQL, each a left-to-right pass that rewrites the matches as a
 * regular expression's global replace would. Two rules change one letter into
 * another, q → k and e → i; nothing else reads or makes those letters (the ezafe
 * takes i and e alike), so each rides in the pass before it without changing any
 * result. Returns the folded length.
 */
function foldVariants(text: Folding): number {
  let n = joinEzafe(text, text.n);
  n = joinPairs(text, n, ...TH_TO_Z);
  n = joinPairs(text, n, ...OU_TO_U);
  return dropDoubles(text, n);
}
// The two pair rules' letters, worked out once: th, dh, zh → z with q → k; ou, oo → u with e → i.
const TH_TO_Z = [letters("tdz"), letters("h"), code("z"), [code("q"), code("k")]] as const;
const OU_TO_U = [letters("o"), letters("uo"), code("u"), [code("e"), code("i")]] as const;

const utf16 = new TextDecoder("utf-16le");
function textOf(codes: Uint16Array, n: number): string {
  return utf16.decode(codes.subarray(0, n));
}

/**
 * The search form of `original`, with each character's origin, in this module's
 * working arrays: valid until the next fold, so only for code that reads the maps
 * at once (highlighting); anything kept needs foldForSearch.
 */
export function foldForHighlight(original: string): Folded {
  const folding = foldScript(original);
  const n = foldVariants(folding);
  return { text: textOf(folding.codes, n), starts: folding.from.subarray(0, n), ends: folding.to.subarray(0, n) };
}

/** The search form of `original`, with each character's origin. */
export function foldForSearch(original: string): Folded {
  const { text, starts, ends } = foldForHighlight(original);
  return { text, starts: starts.slice(), ends: ends.slice() };
}

/** The folded text alone, padded with one space each side. */
export function foldedText(original: string): string {
  return foldForHighlight(original).text;
}

/** Just the folded text (no padding), for terms of a query. */
export function foldTerm(value: string): string {
  return foldedText(value).trim();
}
