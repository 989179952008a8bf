import "server-only";
import { db } from "../db/client";

/**
 * Which shingles are common, from PostgreSQL's own statistics on SearchText.shingles
 * (pg_stats.most_common_elems: the ~1,000 most frequent, with the share of rows
 * holding each), read at most every ten minutes. A shingle not in that list is
 * rarer than all of them.
 *
 * Why the lookup wants this: GIN answers `shingles @> {a,b,c,d}` by reading the
 * whole posting list of every key it cannot skip, and for a quote of common words
 * every list is long (tens of thousands of passages each). Asking for the one or
 * two rarest shingles instead reads the shortest lists; the LIKE on the folded text
 * that follows checks the whole quote anyway.
 */
const TTL_MS = 10 * 60_000;
// The read in flight or done, so the dozen shingle sets of one lookup share it.
let cached: { at: number; frequency: Promise<Map<number, number>> } | null = null;

function frequencies(): Promise<Map<number, number>> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.frequency;
  const frequency = readFrequencies();
  cached = { at: Date.now(), frequency };
  // A failed read is not kept: the next lookup asks again.
  frequency.catch(() => {
    if (cached?.frequency === frequency) cached = null;
  });
  return frequency;
}

async function readFrequencies(): Promise<Map<number, number>> {
  const rows = await db.$queryRaw<{ elems: number[] | null; freqs: number[] | null }[]>`
    SELECT most_common_elems::text::int4[] AS elems, most_common_elem_freqs::float8[] AS freqs
    FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'SearchText' AND attname = 'shingles'`;
  const { elems, freqs } = rows[0] ?? { elems: null, freqs: null };
  return new Map((elems ?? []).map((h, i) => [h, Number(freqs?.[i] ?? 0)]));
}

/**
 * The shingles of `set` worth asking the index for. Rarer than the common ones is not
 * rare enough on its own: one such shingle can still point at thousands of rows,
 * each then read and checked with LIKE (a source's whole text). So: the rare ones
 * when there are two or more (GIN intersects short lists cheaply); one rare one
 * with the rarest common one beside it (GIN walks the long list only where the
 * short one points); and when every one is common, the two rarest. One alone had
 * been enough for an exact quote of stock phrases, nearly every row a match; but a
 * quote whose words are common and whose wording is rare then had every row of its
 * rarest shingle checked: a bench quote's sources' statement read ~4,000 whole texts
 * for 7 matches (43 ms; 8.6 ms with two). With the bucketed index the second list
 * costs stock phrases ~0.2 ms. Measured: bench/explain/lookup-key-choices.txt.
 */
export function keysToAsk(set: number[], frequency: ReadonlyMap<number, number>): number[] {
  const rare = set.filter((h) => !frequency.has(h));
  const commonRarestFirst = set.filter((h) => frequency.has(h)).sort((a, b) => frequency.get(a)! - frequency.get(b)!);
  if (rare.length >= 2) return rare;
  return [...rare, ...commonRarestFirst.slice(0, 2 - rare.length)];
}

/** keysToAsk with the column's current statistics. */
export async function rarestShingles(set: number[]): Promise<number[]> {
  return keysToAsk(set, await frequencies());
}
