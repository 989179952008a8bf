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
 * every list is long (tens of thousands of passages each). Asking only for the
 * shingles with short lists reads less; the LIKE on the folded text that follows
 * checks the whole quote anyway.
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
 * A shingle held by fewer than this share of rows has a posting list short enough to
 * be worth reading for the rows it rules out (2%: about 20,000 rows of the bench's
 * data set). 1% measured the same; 5% and 20% were slower.
 */
export const CHEAP_SHARE = 0.02;

/**
 * The shingles of `set` worth asking the index for. GIN reads every key's whole
 * posting list, and every row it returns is then read and checked (LIKE on the
 * folded text, a source's whole text; or a near quote's whole set). So: every
 * shingle held by fewer than CHEAP_SHARE of rows (the rare ones, not in the
 * statistics' list, and the less common of the listed), when there are two or more;
 * else those with the rarest others up to two. Rare is not rare enough on its own:
 * two shingles outside the list still held 2,913 passages together, 13 of them the
 * near quote's whole set (7 ms of heap reads; 25 rows with the set's 0.7% shingles
 * asked too). With one key alone, a bench quote's sources' statement had read ~4,000
 * whole texts for 7 matches.
 *
 * `wholeSetWhenCommon`: when every shingle is in the list, ask for them all. For
 * sources, each row checked is a whole text: a quote of common words in rare
 * wording had ~630 texts read for 7 matches (9.3 ms; 4.2 ms with every shingle),
 * while for passages the long lists cost more than the short rows they rule out.
 * Measured: bench/explain/lookup-key-choices.txt.
 */
export function keysToAsk(set: number[], frequency: ReadonlyMap<number, number>, { wholeSetWhenCommon = false } = {}): number[] {
  // A shingle not in the list is rarer than all of those in it.
  const share = (h: number) => frequency.get(h) ?? 0;
  if (wholeSetWhenCommon && set.every((h) => frequency.has(h))) return set;
  const cheap = set.filter((h) => share(h) < CHEAP_SHARE);
  if (cheap.length >= 2) return cheap;
  const rarestOthers = set.filter((h) => share(h) >= CHEAP_SHARE).sort((a, b) => share(a) - share(b));
  return [...cheap, ...rarestOthers.slice(0, 2 - cheap.length)];
}

/** keysToAsk with the column's current statistics. */
export async function shingleKeys(set: number[], options?: { wholeSetWhenCommon?: boolean }): Promise<number[]> {
  return keysToAsk(set, await frequencies(), options);
}
