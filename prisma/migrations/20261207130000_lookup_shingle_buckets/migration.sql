-- The shingle index of each kind (passages, sources) split into eight partial GIN
-- indexes by a bucket of the row's id, md5-based so rows spread evenly and the same
-- on every server (lib/lookup/shingle-buckets.ts writes the same expression into the
-- lookup's statements, so the planner can match each index).
--
-- Why: GIN answers `shingles @> {k}` by reading k's whole posting list before the
-- first row, and a quote whose shingles are all common ("the ministry said in a
-- statement") has only long lists, 10,000-60,000 rows at 1,000,000 passages, read
-- in full even though 100 rows are enough (bench/explain/lookup-index-choices.txt).
-- The lookup now asks the buckets one after another under one LIMIT and stops at
-- the first that fills it: an eighth of the list for such a quote, and eight short
-- probes for a rare one (bench/explain/lookup-shingle-buckets.txt).
--
-- Each kind's index over all buckets stays, for name variants and near quotes: those
-- ask for any of several shingle sets, and asked of eight buckets that took
-- PostgreSQL 6-7 ms more to plan than the scan then took to run.
CREATE INDEX "SearchText_shingles_excerpt_0_idx" ON "SearchText" USING GIN ("shingles") WHERE "kind" = 'EXCERPT' AND (get_byte(decode(md5("entityId"), 'hex'), 0) & 7) = 0;
CREATE INDEX "SearchText_shingles_excerpt_1_idx" ON "SearchText" USING GIN ("shingles") WHERE "kind" = 'EXCERPT' AND (get_byte(decode(md5("entityId"), 'hex'), 0) & 7) = 1;
CREATE INDEX "SearchText_shingles_excerpt_2_idx" ON "SearchText" USING GIN ("shingles") WHERE "kind" = 'EXCERPT' AND (get_byte(decode(md5("entityId"), 'hex'), 0) & 7) = 2;
CREATE INDEX "SearchText_shingles_excerpt_3_idx" ON "SearchText" USING GIN ("shingles") WHERE "kind" = 'EXCERPT' AND (get_byte(decode(md5("entityId"), 'hex'), 0) & 7) = 3;
CREATE INDEX "SearchText_shingles_excerpt_4_idx" ON "SearchText" USING GIN ("shingles") WHERE "kind" = 'EXCERPT' AND (get_byte(decode(md5("entityId"), 'hex'), 0) & 7) = 4;
CREATE INDEX "SearchText_shingles_excerpt_5_idx" ON "SearchText" USING GIN ("shingles") WHERE "kind" = 'EXCERPT' AND (get_byte(decode(md5("entityId"), 'hex'), 0) & 7) = 5;
CREATE INDEX "SearchText_shingles_excerpt_6_idx" ON "SearchText" USING GIN ("shingles") WHERE "kind" = 'EXCERPT' AND (get_byte(decode(md5("entityId"), 'hex'), 0) & 7) = 6;
CREATE INDEX "SearchText_shingles_excerpt_7_idx" ON "SearchText" USING GIN ("shingles") WHERE "kind" = 'EXCERPT' AND (get_byte(decode(md5("entityId"), 'hex'), 0) & 7) = 7;
CREATE INDEX "SearchText_shingles_source_0_idx" ON "SearchText" USING GIN ("shingles") WHERE "kind" = 'SOURCE' AND (get_byte(decode(md5("entityId"), 'hex'), 0) & 7) = 0;
CREATE INDEX "SearchText_shingles_source_1_idx" ON "SearchText" USING GIN ("shingles") WHERE "kind" = 'SOURCE' AND (get_byte(decode(md5("entityId"), 'hex'), 0) & 7) = 1;
CREATE INDEX "SearchText_shingles_source_2_idx" ON "SearchText" USING GIN ("shingles") WHERE "kind" = 'SOURCE' AND (get_byte(decode(md5("entityId"), 'hex'), 0) & 7) = 2;
CREATE INDEX "SearchText_shingles_source_3_idx" ON "SearchText" USING GIN ("shingles") WHERE "kind" = 'SOURCE' AND (get_byte(decode(md5("entityId"), 'hex'), 0) & 7) = 3;
CREATE INDEX "SearchText_shingles_source_4_idx" ON "SearchText" USING GIN ("shingles") WHERE "kind" = 'SOURCE' AND (get_byte(decode(md5("entityId"), 'hex'), 0) & 7) = 4;
CREATE INDEX "SearchText_shingles_source_5_idx" ON "SearchText" USING GIN ("shingles") WHERE "kind" = 'SOURCE' AND (get_byte(decode(md5("entityId"), 'hex'), 0) & 7) = 5;
CREATE INDEX "SearchText_shingles_source_6_idx" ON "SearchText" USING GIN ("shingles") WHERE "kind" = 'SOURCE' AND (get_byte(decode(md5("entityId"), 'hex'), 0) & 7) = 6;
CREATE INDEX "SearchText_shingles_source_7_idx" ON "SearchText" USING GIN ("shingles") WHERE "kind" = 'SOURCE' AND (get_byte(decode(md5("entityId"), 'hex'), 0) & 7) = 7;
