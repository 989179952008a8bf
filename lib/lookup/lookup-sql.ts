import "server-only";
import { db, lookupDb, type Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { padded } from "../db/statement-names";
import { termPattern, type SearchTerm } from "../search/query";
import { foldedWords, intArray, nearMatchSets, SHINGLE_WORDS, shinglesOf } from "../search/shingles";
import { nameVariants } from "./name-variants";
import { passageDetailsOf, passageDetailsSql, type PassageDetail } from "./passage-details";
import { acrossBuckets, inBucket } from "./shingle-buckets";
import { shingleKeys } from "./shingle-stats";

/**
 * The SQL behind a citation lookup, over the folded texts in SearchText (see
 * lib/search/fold.ts). A quote of three words or more is found by its shingles
 * (lib/search/shingles.ts: GIN indexes on SearchText.shingles) and checked with
 * LIKE, so its cost follows its rarer 3-word runs; shorter phrases go through the
 * trigram index. Every statement reads at most CANDIDATES rows from the index
 * before ranking, so a quote made of common words cannot turn into a scan of the
 * corpus: past that many matches the lookup ranks the first CANDIDATES it finds.
 * The statements carry a `lookup:` comment (after WITH, so they still read as
 * queries to the benchmark's EXPLAIN) so the benchmark can pick them out.
 */
export type Rank = 1 | 2 | 3;
export const rankWords: Record<Rank, string> = { 3: "exact quote", 2: "same words, another name or spelling", 1: "near match" };

/** Rows read from the index per statement, at most (four pages of results). */
export const CANDIDATES = 100;
/**
 * Near-quote candidates scored, at most (word similarity costs 0.1-0.2 ms a passage):
 * a quarter more than the page still has room for, since nine in ten candidates
 * (rows holding all but one word's shingles) pass NEAR_THRESHOLD.
 */
const NEAR_CANDIDATES = 50;
/** How close a passage must be to the quote for a near match (pg_trgm word_similarity; its default threshold). */
export const NEAR_THRESHOLD = 0.6;

type Kind = "EXCERPT" | "SOURCE";
type Ranked = { id: string; rank: number; score: number };
/**
 * A source's match with the source's own fields, and where the quote (rank 3) or, for
 * a quote of SHINGLE_WORDS words or more, one of its name variants (rank 2) first
 * occurs in its folded text and how often; else null.
 */
export type SourceRow = Ranked & { at: number | null; occurrences: number | null; foldedLength: number; title: string; publisher: string | null; text: string };

const contains = (pattern: string) => `%${pattern}%`;
// A literal, not a parameter, so the planner can match the partial indexes (trigram, shingles) of that kind.
const kindSql = (kind: Kind) => Prisma.raw(`'${kind}'::"SearchKind"`);

/**
 * Rows holding the phrase: found by the shingles shingle-stats.ts picks, checked with
 * LIKE on the folded text. The LIKE is written so the trigram index cannot take it (`|| ''`):
 * offered both, the planner ANDed a trigram bitmap of 90,000 rows (465 ms) into a
 * shingle bitmap it could have used alone (34 ms): bench/explain/lookup-index-choices.txt.
 */
async function phraseCondition(phrase: string, kind: Kind) {
  const keys = await shingleKeys(shinglesOf(` ${phrase} `), { wholeSetWhenCommon: kind === "SOURCE" });
  const like = Prisma.sql`(st."folded" || '') LIKE ${contains(` ${phrase} `)}`;
  return {
    /** Over the kind's whole shingle index. */
    anywhere: Prisma.sql`(st."shingles" @> ${intArray(keys)}::int4[] AND ${like})`,
    /** Over one bucket of the bucketed index (shingle-buckets.ts). */
    inBucket: (bucket: number) => Prisma.sql`(${inBucket(keys, bucket)} AND ${like})`,
  };
}

// The best `limit` of the matches, in the same statement: `ctes` defines `m`, the
// matching SearchText rows.

/**
 * Sources by rank, then id; with each source's title, publisher and text (read here,
 * not in a second round trip), where the quote (or, at rank 2, one of its name
 * `variants`) first occurs in the folded text and how often, so the page folds a
 * window of the text around it for the snippet rather than the whole text
 * (lib/search/fold.ts is costly per character).
 */
function bestSources(client: Db, workspaceId: string, ctes: Prisma.Sql, limit: number, phrase: string, variants: string[]) {
  const pattern = ` ${phrase} `;
  // One array parameter, so the statement's text does not vary with the number of variants.
  const named = variants.map((v) => ` ${v} `);
  return client.$queryRaw<SourceRow[]>`WITH /* lookup:source */ ${ctes}
    SELECT m."entityId" AS id, m.rank, m.score, length(m."folded") AS "foldedLength",
      CASE WHEN m.rank = 3 THEN strpos(m."folded", ${pattern})
        WHEN m.rank = 2 THEN (SELECT min(nullif(strpos(m."folded", v), 0)) FROM unnest(${named}::text[]) v) END AS at,
      CASE WHEN m.rank = 3 THEN (length(m."folded") - length(replace(m."folded", ${pattern}, ''))) / length(${pattern})
        WHEN m.rank = 2 THEN (SELECT sum((length(m."folded") - length(replace(m."folded", v, ''))) / length(v)) FROM unnest(${named}::text[]) v) END AS occurrences,
      s."title", s."publisher", s."text"
    FROM m JOIN "Source" s ON s."id" = m."entityId" AND s."workspaceId" = ${workspaceId}
    ORDER BY m.rank DESC, m."entityId" LIMIT ${limit}`;
}

/**
 * Passages by rank, score, then newest; each with its citations and its source, read
 * in the same statement (passage-details.ts).
 */
async function bestExcerpts(client: Db, workspaceId: string, ctes: Prisma.Sql, limit: number): Promise<PassageDetail[]> {
  const rows = await client.$queryRaw<Parameters<typeof passageDetailsOf>[0]>`WITH /* lookup:excerpt */ ${ctes},
    top AS MATERIALIZED (SELECT m."entityId" AS id, x."sourceId", m.rank, m.score, x."createdAt" FROM m
      JOIN "Excerpt" x ON x."id" = m."entityId" AND x."workspaceId" = ${workspaceId}
      ORDER BY m.rank DESC, m.score DESC, x."createdAt" DESC, x."id" LIMIT ${limit})
    ${passageDetailsSql(workspaceId)}`;
  return passageDetailsOf(rows);
}

/**
 * The quote with its actors under their other names (ISKP → IS-K, داعش…): the
 * phrases rank 2 looks for. None for a phrase too short for shingles, whose rank 2
 * is its words under any name, anywhere in the text.
 */
export function quoteVariants(phrase: string, terms: SearchTerm[]): string[] {
  if (foldedWords(phrase).length < SHINGLE_WORDS) return [];
  return nameVariants(phrase, terms).filter((v) => foldedWords(v).length >= SHINGLE_WORDS);
}

/** Rank 3 (the quote itself) and rank 2 (the quote naming an actor by another name), by shingles: rows for a CTE. */
async function quoteRows(kind: Kind, workspaceId: string, phrase: string, variants: string[], limit: number) {
  // Sources are listed by id, not ranked by recency, and each checked is a whole text
  // read from TOAST: read no more than are shown.
  const cap = kind === "SOURCE" ? limit : CANDIDATES;
  // The quote itself bucket by bucket (shingle-buckets.ts): a quote of common words
  // stops at the first bucket that fills the page. Its name variants, rarer, read the
  // kind's index over all buckets: eight buckets of their OR took longer to plan than to run.
  const exact = await phraseCondition(phrase, kind);
  const quoted = acrossBuckets(
    (bucket) => Prisma.sql`SELECT st."entityId", st."folded", 3 AS rank, 1::float8 AS score FROM "SearchText" st
      WHERE st."kind" = ${kindSql(kind)} AND st."workspaceId" = ${workspaceId} AND ${exact.inBucket(bucket)}`,
    cap,
  );
  const named = (await Promise.all(variants.map((variant) => phraseCondition(variant, kind)))).map((condition) => condition.anywhere);
  const aliased = variants.length
    ? Prisma.sql`UNION ALL (SELECT st."entityId", st."folded", 2 AS rank, 1::float8 AS score FROM "SearchText" st
        WHERE st."kind" = ${kindSql(kind)} AND st."workspaceId" = ${workspaceId}
          AND (${Prisma.join(named, " OR ")}) AND st."folded" NOT LIKE ${contains(` ${phrase} `)}
        LIMIT ${cap})`
    : Prisma.empty;
  return Prisma.sql`(${quoted}) ${aliased}`;
}

/** A shingle hash for padding (any int4 can be a hash: one that is costs a few candidates, not a wrong answer). */
const NO_SHINGLE = -2147483648;

/**
 * Rank 1: passages differing from the quote in a word or so, scored by word
 * similarity, read only when the quote and its variants (CTE `q`) found fewer than
 * `limit`. That test has no column of the scan in it, so PostgreSQL checks it once
 * (a one-time filter) and skips the scan when it fails: the near quotes ride in the
 * quote's statement at no cost when they are not needed, one round trip fewer when
 * they are (bench/explain/lookup-exact.txt).
 */
async function nearRows(workspaceId: string, phrase: string, limit: number) {
  const sets = nearMatchSets(phrase);
  if (!sets.length) return null;
  // The index is asked for each set's keys (shingle-stats.ts; a row holding a whole set
  // holds those), each key set once and none that another's subset already covers; the
  // whole sets are then checked on the rows (`|| '{}'` keeps that off the index).
  const keySets = [...new Map((await Promise.all(sets.map((set) => shingleKeys(set)))).map((k) => [k.join(","), k])).values()];
  const minimal = keySets.filter((k) => !keySets.some((other) => other !== k && other.length < k.length && other.every((h) => k.includes(h))));
  // Both lists are padded to a few fixed lengths, so quotes of different lengths share
  // one statement text and the plan kept for it (lib/db/statement-names.ts): the key
  // sets with a shingle no row should hold (an index probe that finds nothing; a row
  // that did hold it would still have to pass the sets), the sets with their last.
  const anyKeys = Prisma.join(padded(minimal, [NO_SHINGLE]).map((k) => Prisma.sql`st."shingles" @> ${intArray(k)}::int4[]`), " OR ");
  const anySet = Prisma.join(padded(sets, sets[sets.length - 1]).map((set) => Prisma.sql`(st."shingles" || '{}'::int4[]) @> ${intArray(set)}::int4[]`), " OR ");
  // The passages' index over all buckets (shingle-buckets.ts), as for name variants.
  // The similarity is computed once per candidate, inside the LIMITed subquery (which
  // PostgreSQL does not flatten); written in both the WHERE and the SELECT, it was
  // computed twice for each passage kept (over the bench's 60 exact quotes the
  // statement's mean execution went from 4.74 to 4.56 ms).
  return Prisma.sql`
    SELECT c."entityId", c."folded", 1 AS rank, c.score
    FROM (SELECT st."entityId", st."folded", word_similarity(${phrase}, st."folded")::float8 AS score FROM "SearchText" st
      WHERE st."kind" = 'EXCERPT'::"SearchKind" AND st."workspaceId" = ${workspaceId} AND (${anyKeys}) AND (${anySet})
        AND (SELECT count(*) FROM q) < ${limit} AND st."entityId" NOT IN (SELECT q."entityId" FROM q)
      LIMIT greatest(0, least(${NEAR_CANDIDATES}, (${limit} - (SELECT count(*) FROM q)) * 5 / 4 + 2))) c
    WHERE c.score >= ${NEAR_THRESHOLD}`;
}

function allLiteral(terms: SearchTerm[], column: Prisma.Sql) {
  return Prisma.join(
    terms.map((term) => Prisma.sql`(${Prisma.join(term.alternatives.map((alt) => Prisma.sql`${column} LIKE ${contains(termPattern(alt))}`), " OR ")})`),
    " AND ",
  );
}

/**
 * A phrase of one or two words: the trigram index, as search does — the phrase
 * (3), all its terms under any name (2), or a near spelling (1, word similarity;
 * passages only).
 */
function shortPhraseRows(kind: Kind, workspaceId: string, phrase: string, terms: SearchTerm[]) {
  const [indexed, candidate] = [Prisma.raw(`st."folded"`), Prisma.raw(`c."folded"`)];
  const exact = (column: Prisma.Sql) => Prisma.sql`${column} LIKE ${contains(` ${phrase} `)}`;
  const literal = (column: Prisma.Sql) => (terms.length ? allLiteral(terms, column) : Prisma.sql`false`);
  const near = kind === "EXCERPT" ? Prisma.sql`OR st."folded" %> ${phrase}` : Prisma.empty;
  // Sources are not scored: word_similarity over a whole text costs more than it tells.
  const score = kind === "EXCERPT" ? Prisma.sql`word_similarity(${phrase}, c."folded")::float8` : Prisma.sql`1::float8`;
  return Prisma.sql`
    SELECT c."entityId", c."folded", CASE WHEN ${exact(candidate)} THEN 3 WHEN ${literal(candidate)} THEN 2 ELSE 1 END AS rank, ${score} AS score
    FROM (SELECT st."entityId", st."folded" FROM "SearchText" st
      WHERE st."workspaceId" = ${workspaceId} AND st."kind" = ${kindSql(kind)}
        AND (${exact(indexed)} OR (${literal(indexed)}) ${near})
      LIMIT ${CANDIDATES}) c`;
}

/**
 * The client for a short phrase's statements: the app's, whose connections plan as
 * PostgreSQL chooses. With a generic plan, made without the phrase, the trigram
 * index's statements ran 2-3× slower ('ISKP' 73 against 170 ms, 'داعش' 98 against
 * 221 ms through the API); the quote's shingle statements go through lookupDb.
 */
const shortPhraseClient = db;

/**
 * Excerpts containing the phrase (rank 3), the phrase under another name (2: its
 * `variants`, from quoteVariants; for a short phrase its `terms`), or a near quote
 * (1, when the first two found fewer than `limit`): one statement.
 */
export async function matchingExcerpts(workspaceId: string, phrase: string, terms: SearchTerm[], variants: string[], limit: number): Promise<PassageDetail[]> {
  if (foldedWords(phrase).length < SHINGLE_WORDS) {
    return bestExcerpts(shortPhraseClient, workspaceId, Prisma.sql`m AS MATERIALIZED (${shortPhraseRows("EXCERPT", workspaceId, phrase, terms)})`, limit);
  }
  const [quoted, near] = await Promise.all([quoteRows("EXCERPT", workspaceId, phrase, variants, limit), nearRows(workspaceId, phrase, limit)]);
  const ctes = near
    ? Prisma.sql`q AS MATERIALIZED (${quoted}), n AS MATERIALIZED (${near}), m AS (SELECT * FROM q UNION ALL SELECT * FROM n)`
    : Prisma.sql`m AS MATERIALIZED (${quoted})`;
  return bestExcerpts(lookupDb, workspaceId, ctes, limit);
}

/** Sources whose text holds the phrase (3) or it under another name (2, as matchingExcerpts): places not yet quoted as excerpts. */
export async function matchingSources(workspaceId: string, phrase: string, terms: SearchTerm[], variants: string[], limit: number): Promise<SourceRow[]> {
  const short = foldedWords(phrase).length < SHINGLE_WORDS;
  const matches = short ? shortPhraseRows("SOURCE", workspaceId, phrase, terms) : await quoteRows("SOURCE", workspaceId, phrase, variants, limit);
  const rows = await bestSources(short ? shortPhraseClient : lookupDb, workspaceId, Prisma.sql`m AS MATERIALIZED (${matches})`, limit, phrase, variants);
  const orNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));
  return rows
    .map((r) => ({ ...r, rank: Number(r.rank), score: Number(r.score), at: orNull(r.at), occurrences: orNull(r.occurrences), foldedLength: Number(r.foldedLength) }))
    .filter((r) => r.rank > 1);
}
