import "server-only";
import { Prisma } from "../db/generated/client";
import { intArray } from "../search/shingles";

/**
 * A quote is asked of the shingle index bucket by bucket. Each kind's GIN index
 * "SearchText_bucketed_shingles_{kind}_idx" holds cc_bucketed_shingles(shingles, id):
 * every shingle with the row's bucket (0-7, from md5 of its id) in its three low
 * bits, so each bucket's rows of a shingle are a posting list of their own
 * (prisma/migrations/20261207130000_lookup_bucketed_shingles).
 * Asked in turn under one LIMIT, a quote of common words, whose shingles each point
 * at tens of thousands of rows, reads an eighth of a list when the first bucket
 * already holds enough matches, instead of all of it.
 */
export const SHINGLE_BUCKETS = 8;

/** A shingle's key in one bucket: what cc_bucketed_shingles makes of it for a row in that bucket. */
export const bucketKey = (shingle: number, bucket: number) => (shingle & ~7) | bucket;

/** The condition that a row holds all of `shingles`, for the rows of one bucket. */
export function inBucket(shingles: number[], bucket: number): Prisma.Sql {
  return Prisma.sql`cc_bucketed_shingles(st."shingles", st."entityId") @> ${intArray(shingles.map((h) => bucketKey(h, bucket)))}::int4[]`;
}

/**
 * `rows(bucket)` — a SELECT over "SearchText" st whose WHERE includes inBucket(…, bucket) —
 * for every bucket in turn, at most `limit` rows in all: PostgreSQL's Append runs
 * the buckets in order and stops once the LIMIT is met (bench/explain/lookup-shingle-buckets.txt).
 */
export function acrossBuckets(rows: (bucket: number) => Prisma.Sql, limit: number): Prisma.Sql {
  const each = Array.from({ length: SHINGLE_BUCKETS }, (_, b) => Prisma.sql`(${rows(b)})`);
  return Prisma.sql`SELECT * FROM (${Prisma.join(each, " UNION ALL ")}) AS buckets LIMIT ${limit}`;
}
