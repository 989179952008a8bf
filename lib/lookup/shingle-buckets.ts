import "server-only";
import { Prisma } from "../db/generated/client";

/**
 * The shingle index of each kind is eight partial GIN indexes, one per bucket of
 * the row's id (prisma/migrations/20261207130000_lookup_shingle_buckets). A lookup
 * asks them one after another under one LIMIT, so a quote of common words, whose
 * shingles each point at tens of thousands of rows, reads an eighth of a posting
 * list when the first bucket already holds enough matches, instead of all of it.
 */
export const SHINGLE_BUCKETS = 8;

// The migration's predicate, word for word (a literal bucket number, not a
// parameter, so the planner can match each partial index).
const bucketOf = (b: number) => Prisma.raw(`(get_byte(decode(md5(st."entityId"), 'hex'), 0) & 7) = ${b}`);

/**
 * `rows(bucket)` — a SELECT over "SearchText" st whose WHERE includes `bucket` —
 * for every bucket in turn, at most `limit` rows in all: PostgreSQL's Append runs
 * the buckets in order and stops once the LIMIT is met (bench/explain/lookup-shingle-buckets.txt).
 */
export function acrossBuckets(rows: (bucket: Prisma.Sql) => Prisma.Sql, limit: number): Prisma.Sql {
  const each = Array.from({ length: SHINGLE_BUCKETS }, (_, b) => Prisma.sql`(${rows(bucketOf(b))})`);
  return Prisma.sql`SELECT * FROM (${Prisma.join(each, " UNION ALL ")}) AS buckets LIMIT ${limit}`;
}
