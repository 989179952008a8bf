/**
 * Trigram similarity as pg_trgm computes `similarity` for folded text: each word
 * padded with two spaces before and one after, then shared trigrams over all
 * distinct trigrams. Used to highlight the words a fuzzy (typo) match found.
 */
function wordTrigrams(word: string): string[] {
  // By code point, as PostgreSQL counts characters.
  const chars = [...`  ${word} `];
  const out: string[] = [];
  for (let i = 0; i + 3 <= chars.length; i += 1) out.push(chars[i] + chars[i + 1] + chars[i + 2]);
  return out;
}

export function trigrams(value: string): Set<string> {
  const set = new Set<string>();
  for (const word of value.split(" ")) if (word) for (const t of wordTrigrams(word)) set.add(t);
  return set;
}

export function trigramSimilarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const t of left) if (right.has(t)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/**
 * The similarity of `target` to every run of `count` consecutive words, in order
 * (entry i is words i…i+count-1): the same figure trigramSimilarity gives each run
 * joined by spaces, but each word's trigrams are made once and the run's trigram
 * set is kept as counts that slide a word at a time, so a passage costs time in
 * its words, not in its words times `count`.
 */
export function runSimilarities(words: string[], target: string, count: number): number[] {
  const wanted = trigrams(target);
  if (!wanted.size || count < 1 || words.length < count) return [];
  const made = new Map<string, string[]>();
  const of = (word: string) => {
    let list = made.get(word);
    if (!list) made.set(word, (list = word ? wordTrigrams(word) : []));
    return list;
  };
  const inRun = new Map<string, number>();
  let distinct = 0;
  let shared = 0;
  const add = (word: string) => {
    for (const t of of(word)) {
      const n = inRun.get(t) ?? 0;
      if (n === 0) {
        distinct += 1;
        if (wanted.has(t)) shared += 1;
      }
      inRun.set(t, n + 1);
    }
  };
  const remove = (word: string) => {
    for (const t of of(word)) {
      const n = inRun.get(t)!;
      if (n === 1) {
        inRun.delete(t);
        distinct -= 1;
        if (wanted.has(t)) shared -= 1;
      } else inRun.set(t, n - 1);
    }
  };
  const out: number[] = [];
  for (let i = 0; i < words.length; i += 1) {
    add(words[i]);
    if (i >= count) remove(words[i - count]);
    if (i >= count - 1) out.push(distinct === 0 ? 0 : shared / (distinct + wanted.size - shared));
  }
  return out;
}
