// The folded search text (what cc_search_fold returns), without fold.ts's
// per-character origin map: that map costs an object per character, too much for
// 300 MB of generated text. Same steps as the SQL function, on whole strings; the
// generator checks a sample of rows against cc_search_fold itself after loading.
import { WORD_CHARS } from "../../lib/search/fold";

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
