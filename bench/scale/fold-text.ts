// The folded search text (what cc_search_fold returns), without fold.ts's
// per-character origin map: that map costs an object per character, too much for
// 300 MB of generated text. Same steps as the SQL function, on whole strings; the
// generator checks a sample of rows against cc_search_fold itself after loading.
import { WORD_CHARS } from "../../lib/search/fold";
import { foldedWords, intArray, shingleHash } from "../../lib/search/shingles";

const dropped = /[\u0300-\u036f\u064b-\u065f\u0670\u200c-\u200f\u0640]/g;
const forms: Record<string, string> = { "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه" };
"۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩".split("").forEach((c, i) => (forms[c] = String(i % 10)));
const formChars = new RegExp(`[${Object.keys(forms).join("")}]`, "g");
const notWord = new RegExp(`[^${WORD_CHARS}]+`, "g");

export function foldText(input: string): string {
  let t = input.normalize("NFKD").replace(dropped, "").replace(formChars, (c) => forms[c]).toLowerCase().replace(notWord, " ");
  t = ` ${t.replace(/^ +| +$/g, "")} `;
  if (t === "  ") t = " ";
  return t
    .replace(/([a-z]) ([ie]) /g, "$1$2 ")
    .replace(/[tdz]h/g, "z")
    .replace(/q/g, "k")
    .replace(/ou|oo/g, "u")
    .replace(/e/g, "i")
    .replace(/([a-z])\1+/g, "$1");
}

// The generated vocabulary repeats, so most 3-word runs recur: their hashes are
// cached under the numbers of their words (a string key per run cost more than the
// MD5s saved); the caches are cleared when large, to keep memory flat. Same output as
// shinglesOf (checked on every text of a 10% data set, and by the load's own check).
const WORD_BITS = 2 ** 17;
const wordIds = new Map<string, number>();
const runHashes = new Map<number, number>();

function wordId(word: string): number {
  let id = wordIds.get(word);
  if (id === undefined) {
    if (wordIds.size >= WORD_BITS - 1) {
      wordIds.clear();
      runHashes.clear();
    }
    id = wordIds.size + 1;
    wordIds.set(word, id);
  }
  return id;
}

/** SearchText.shingles of a folded text (what cc_search_shingles returns), as a COPY int4[] literal. */
export function shinglesText(folded: string): string {
  const words = foldedWords(folded);
  const ids = words.map(wordId);
  const out = new Set<number>();
  for (let i = 0; i + 2 < words.length; i += 1) {
    const key = (ids[i] * WORD_BITS + ids[i + 1]) * WORD_BITS + ids[i + 2];
    let h = runHashes.get(key);
    if (h === undefined) {
      if (runHashes.size > 4_000_000) runHashes.clear();
      h = shingleHash(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
      runHashes.set(key, h);
    }
    out.add(h);
  }
  return intArray([...out].sort((a, b) => a - b));
}
