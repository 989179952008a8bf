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

// What each character of an original folds to, non-word characters already spaces.
// A text is mostly the same few dozen characters, and NFKD per character was most of
// a fold's cost (a lookup folds its 25 passages for highlighting), so each is
// worked out once; bounded, since a text may hold any character.
const folds = new Map<string, string>();
const MAX_REMEMBERED = 10_000;

function foldedChar(char: string): string {
  let out = folds.get(char);
  if (out === undefined) {
    out = "";
    for (const c of foldChar(char)) out += wordChar.test(c) ? c : " ";
    if (folds.size < MAX_REMEMBERED) folds.set(char, out);
  }
  return out;
}

/**
 * A folded text with, for each of its characters (each one UTF-16 unit: every word
 * character is in the Basic Multilingual Plane), the [from, to) of the original it
 * came from. Typed arrays: the rules below copy these maps whole, and unchanged runs
 * are copied as blocks (array pushes were two thirds of a fold's time).
 */
type Mapped = { text: string; from: Int32Array; to: Int32Array };

/** Level 1: script folding, spaces collapsed, padded with one space each side. */
function foldScript(original: string): Mapped {
  const chars = [" "];
  // NFKD can make several characters of one; grown when it does.
  let from: Int32Array = new Int32Array(original.length + 2);
  let to: Int32Array = new Int32Array(original.length + 2);
  let n = 1;
  let lastSpace = true;
  let index = 0;
  for (const char of original) {
    const start = index;
    index += char.length;
    for (const ch of foldedChar(char)) {
      const space = ch === " ";
      if (space && lastSpace) continue;
      if (n + 1 >= from.length) [from, to] = [grown(from), grown(to)];
      chars.push(ch);
      from[n] = start;
      to[n] = index;
      n += 1;
      lastSpace = space;
    }
  }
  if (!lastSpace) {
    chars.push(" ");
    from[n] = index;
    to[n] = index;
    n += 1;
  }
  return { text: chars.join(""), from: from.subarray(0, n), to: to.subarray(0, n) };
}

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** A rewrite rule: the replacement names, for each output character, the match offsets it came from. */
type Rule = { pattern: RegExp; replace: (match: string) => { ch: string; first: number; last: number }[] };

const span = (ch: string, length: number) => [{ ch, first: 0, last: length - 1 }];

// The same rules, in the same order, as cc_search_fold in SQL.
export const VARIANT_RULES: Rule[] = [
  // Ezafe: "mazar i sharif" → "mazari sharif".
  { pattern: /([a-z]) ([ie]) /g, replace: (m) => [{ ch: m[0], first: 0, last: 0 }, { ch: m[2], first: 2, last: 2 }, { ch: " ", first: 3, last: 3 }] },
  { pattern: /[tdz]h/g, replace: (m) => span("z", m.length) },
  { pattern: /q/g, replace: () => span("k", 1) },
  { pattern: /ou|oo/g, replace: (m) => span("u", m.length) },
  { pattern: /e/g, replace: () => span("i", 1) },
  { pattern: /([a-z])\1+/g, replace: (m) => span(m[0], m.length) },
];

// Every rule makes a match no longer than it was, so a text's maps never grow.
function applyRule(mapped: Mapped, rule: Rule): Mapped {
  const { text } = mapped;
  const parts: string[] = [];
  let from: Int32Array | null = null;
  let to: Int32Array | null = null;
  let n = 0;
  let at = 0;
  for (const match of text.matchAll(rule.pattern)) {
    from ??= new Int32Array(text.length);
    to ??= new Int32Array(text.length);
    const start = match.index;
    parts.push(text.slice(at, start));
    from.set(mapped.from.subarray(at, start), n);
    to.set(mapped.to.subarray(at, start), n);
    n += start - at;
    for (const r of rule.replace(match[0])) {
      parts.push(r.ch);
      from[n] = mapped.from[start + r.first];
      to[n] = mapped.to[start + r.last];
      n += 1;
    }
    at = start + match[0].length;
  }
  if (!from || !to) return mapped;
  parts.push(text.slice(at));
  from.set(mapped.from.subarray(at), n);
  to.set(mapped.to.subarray(at), n);
  n += text.length - at;
  return { text: parts.join(""), from: from.subarray(0, n), to: to.subarray(0, n) };
}

/** The search form of `original`, with each character's origin. */
export function foldForSearch(original: string): Folded {
  let mapped = foldScript(original);
  for (const rule of VARIANT_RULES) mapped = applyRule(mapped, rule);
  return { text: mapped.text, starts: mapped.from, ends: mapped.to };
}

/** Just the folded text (no padding), for terms of a query. */
export function foldTerm(value: string): string {
  return foldForSearch(value).text.trim();
}
