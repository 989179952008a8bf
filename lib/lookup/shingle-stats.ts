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
 * short one points); and when every one is common, the `common` rarest — one when
 * nearly every row they point at is a match anyway (an exact quote of common
 * words), two when many would be fetched only to be thrown away (near quotes).
 * Measured over the benchmark's quotes: bench/explain/lookup-key-choices.txt.
 */
export async function rarestShingles(set: number[], common = 1): Promise<number[]> {
  const frequency = await frequencies();
  const rare = set.filter((h) => !frequency.has(h));
  const commonRarestFirst = set.filter((h) => frequency.has(h)).sort((a, b) => frequency.get(a)! - frequency.get(b)!);
  if (rare.length >= 2) return rare;
  if (rare.length === 1) return [...rare, ...commonRarestFirst.slice(0, 1)];
  return commonRarestFirst.slice(0, common);
}
