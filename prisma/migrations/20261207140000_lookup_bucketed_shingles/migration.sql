-- The eight bucketed shingle indexes of each kind (20261207130000) become one each:
-- a GIN index over the shingles with the row's bucket written into each key's three
-- low bits, so a bucket's rows of one shingle are still their own posting list.
-- Sixteen partial indexes made PostgreSQL weigh each of them for every statement
-- that reads SearchText (0.9 ms more planning for the passages' lookup statement,
-- 0.7 ms for the sources', beside the search statements); one expression index
-- per kind is weighed once (bench/explain/lookup-shingle-buckets.txt).
--
-- cc_bucketed_shingles is lib/lookup/shingle-buckets.ts's bucketKey over an array:
-- (shingle & ~7) | bucket, the bucket being the first byte of md5(id) & 7. A key
-- names its bucket, so asking for a bucket's keys reads that bucket's rows only;
-- dropping three bits of the hash makes two shingles share a key more often, which
-- the lookup's LIKE on the text already catches.
CREATE FUNCTION cc_bucketed_shingles(shingles int4[], id text) RETURNS int4[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT coalesce(array_agg((h & -8) | (get_byte(decode(md5(id), 'hex'), 0) & 7)), '{}')
  FROM unnest(shingles) AS h
$$;

CREATE INDEX "SearchText_bucketed_shingles_excerpt_idx" ON "SearchText" USING GIN (cc_bucketed_shingles("shingles", "entityId")) WHERE "kind" = 'EXCERPT';
CREATE INDEX "SearchText_bucketed_shingles_source_idx" ON "SearchText" USING GIN (cc_bucketed_shingles("shingles", "entityId")) WHERE "kind" = 'SOURCE';
DROP INDEX "SearchText_shingles_excerpt_0_idx";
DROP INDEX "SearchText_shingles_excerpt_1_idx";
DROP INDEX "SearchText_shingles_excerpt_2_idx";
DROP INDEX "SearchText_shingles_excerpt_3_idx";
DROP INDEX "SearchText_shingles_excerpt_4_idx";
DROP INDEX "SearchText_shingles_excerpt_5_idx";
DROP INDEX "SearchText_shingles_excerpt_6_idx";
DROP INDEX "SearchText_shingles_excerpt_7_idx";
DROP INDEX "SearchText_shingles_source_0_idx";
DROP INDEX "SearchText_shingles_source_1_idx";
DROP INDEX "SearchText_shingles_source_2_idx";
DROP INDEX "SearchText_shingles_source_3_idx";
DROP INDEX "SearchText_shingles_source_4_idx";
DROP INDEX "SearchText_shingles_source_5_idx";
DROP INDEX "SearchText_shingles_source_6_idx";
DROP INDEX "SearchText_shingles_source_7_idx";
