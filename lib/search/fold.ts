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
  starts: number[];
  ends: number[];
};

type Piece = { ch: string; from: number; to: number };

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

/** Level 1: script folding, spaces collapsed, padded with one space each side. */
function foldScript(original: string): Piece[] {
  const pieces: Piece[] = [{ ch: " ", from: 0, to: 0 }];
  let index = 0;
  for (const char of original) {
    const from = index;
    index += char.length;
    for (const c of foldChar(char)) {
      const ch = wordChar.test(c) ? c : " ";
      if (ch === " " && pieces[pieces.length - 1].ch === " ") continue;
      pieces.push({ ch, from, to: index });
    }
  }
  if (pieces[pieces.length - 1].ch !== " ") pieces.push({ ch: " ", from: index, to: index });
  return pieces;
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

function applyRule(pieces: Piece[], rule: Rule): Piece[] {
  const text = pieces.map((p) => p.ch).join("");
  const out: Piece[] = [];
  let at = 0;
  for (const match of text.matchAll(rule.pattern)) {
    const start = match.index;
    out.push(...pieces.slice(at, start));
    for (const r of rule.replace(match[0])) out.push({ ch: r.ch, from: pieces[start + r.first].from, to: pieces[start + r.last].to });
    at = start + match[0].length;
  }
  out.push(...pieces.slice(at));
  return out;
}

/** The search form of `original`, with each character's origin. */
export function foldForSearch(original: string): Folded {
  let pieces = foldScript(original);
  for (const rule of VARIANT_RULES) pieces = applyRule(pieces, rule);
  return { text: pieces.map((p) => p.ch).join(""), starts: pieces.map((p) => p.from), ends: pieces.map((p) => p.to) };
}

/** Just the folded text (no padding), for terms of a query. */
export function foldTerm(value: string): string {
  return foldForSearch(value).text.trim();
}
