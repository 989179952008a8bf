-- A second shingle index per kind, over cc_bucketed_shingles(shingles, id): every
-- shingle with a bucket of the row's id (0-7, the first byte of md5(id) & 7) in its
-- three low bits, so each bucket's rows of one shingle are a posting list of their own.
--
-- Why: GIN answers `shingles @> {k}` by reading k's whole posting list before the
-- first row, and a quote whose shingles are all common ("the ministry said in a
-- statement") has only long lists, 10,000-60,000 rows at 1,000,000 passages, read in
-- full though 100 rows are enough (bench/explain/lookup-index-choices.txt). The
-- lookup asks the buckets one after another under one LIMIT and stops at the first
-- that fills it: an eighth of the list for such a quote, eight short probes for a
-- rare one (lib/lookup/shingle-buckets.ts, bench/explain/lookup-shingle-buckets.txt).
--
-- One expression index, not eight partial ones per kind: PostgreSQL weighs every
-- index for every statement over SearchText, and sixteen partial indexes added 0.9 ms
-- of planning to the passages' lookup statement and 0.7 ms to the sources'. Dropping
-- three bits of the hash makes two shingles share a key more often, which the
-- lookup's LIKE on the text already catches. Each kind's index over all buckets
-- stays, for name variants and near quotes: those ask for any of several shingle
-- sets, and asked of eight buckets that took 6-7 ms more to plan than to run.
CREATE FUNCTION cc_bucketed_shingles(shingles int4[], id text) RETURNS int4[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT coalesce(array_agg((h & -8) | (get_byte(decode(md5(id), 'hex'), 0) & 7)), '{}')
  FROM unnest(shingles) AS h
$$;

CREATE INDEX "SearchText_bucketed_shingles_excerpt_idx" ON "SearchText" USING GIN (cc_bucketed_shingles("shingles", "entityId")) WHERE "kind" = 'EXCERPT';
CREATE INDEX "SearchText_bucketed_shingles_source_idx" ON "SearchText" USING GIN (cc_bucketed_shingles("shingles", "entityId")) WHERE "kind" = 'SOURCE';
