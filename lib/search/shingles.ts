import { createHash } from "node:crypto";

/**
 * Shingles: the hashes of every run of three consecutive words of a folded text
 * (fold.ts). SearchText.shingles holds them for passages and sources, filled by the
 * SQL function cc_search_shingles (prisma/migrations/*_lookup_index), which this
 * mirrors exactly — the generator of the benchmark data set uses this copy and
 * checks a sample against the SQL. A quote of n ≥ 3 words is found through the GIN
 * index on that column: the texts that hold all n-2 of its shingles, checked with
 * LIKE (a hash can collide; the LIKE cannot). Three words, because a quote of six
 * words then has four shingles — enough that dropping the ones a typo breaks still
 * leaves some (nearMatchSets) — while one of them is already rare in most corpora.
 */
export const SHINGLE_WORDS = 3;

/** First four bytes of the MD5 of the run, as a signed big-endian int4 (what the SQL computes). */
export function shingleHash(run: string): number {
  return createHash("md5").update(run, "utf8").digest().readInt32BE(0);
}

/** The words of a folded text (single spaces, padded) or of a folded phrase. */
export function foldedWords(folded: string): string[] {
  const trimmed = folded.replace(/^ +| +$/g, "");
  return trimmed ? trimmed.split(" ") : [];
}

/** The hash of each run of SHINGLE_WORDS words, in order (a run that repeats, repeated). */
function runHashes(words: string[], hash = shingleHash): number[] {
  return Array.from({ length: Math.max(0, words.length - SHINGLE_WORDS + 1) }, (_, i) => hash(words.slice(i, i + SHINGLE_WORDS).join(" ")));
}

/** Distinct, ascending. */
const distinct = (hashes: number[]) => [...new Set(hashes)].sort((a, b) => a - b);

function hashesOf(words: string[], hash = shingleHash): number[] {
  return distinct(runHashes(words, hash));
}

/**
 * Distinct shingle hashes of a folded text, ascending (as cc_search_shingles returns
 * them). `hash` lets a bulk loader put a cache in front of shingleHash.
 */
export function shinglesOf(folded: string, hash = shingleHash): number[] {
  return hashesOf(foldedWords(folded), hash);
}

/**
 * For near quotes (a typo, a word changed): for each word of the quote, the shingles
 * that do not contain it. A passage differing from the quote in one word (or in
 * neighbouring words) still holds every shingle of one of these sets. Empty sets
 * and duplicates are left out.
 */
export function nearMatchSets(phrase: string): number[][] {
  const words = foldedWords(phrase);
  // Each run's hash once (MD5 per run was a third of a ten-word lookup's own work before its SQL).
  const runs = runHashes(words);
  const sets = new Map<string, number[]>();
  for (let k = 0; k < words.length; k += 1) {
    // The runs wholly before word k or wholly after it.
    const set = distinct(runs.filter((_, i) => i + SHINGLE_WORDS <= k || i > k));
    if (set.length) sets.set(set.join(","), set);
  }
  return [...sets.values()];
}

/** An int4[] literal for a query parameter. */
export const intArray = (values: number[]) => `{${values.join(",")}}`;
