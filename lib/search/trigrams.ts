/**
 * Trigram similarity as pg_trgm computes `similarity` for folded text: each word
 * padded with two spaces before and one after, then shared trigrams over all
 * distinct trigrams. Used to highlight the words a fuzzy (typo) match found.
 */
export function trigrams(value: string): Set<string> {
  const set = new Set<string>();
  for (const word of value.split(" ")) {
    if (!word) continue;
    const padded = `  ${word} `;
    const chars = [...padded];
    for (let i = 0; i + 3 <= chars.length; i += 1) set.add(chars.slice(i, i + 3).join(""));
  }
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
