import "server-only";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { termPattern, wholeWordsOnly, type SearchTerm } from "./query";
import type { SearchKindName } from "./schemas";

/**
 * The SQL behind a search. Every condition on SearchText.folded is one the
 * trigram GIN index answers (LIKE '%…%' and the word-similarity operator %>),
 * so a query reads the index, then rechecks only the rows it points at — and
 * stops after SEARCH_CANDIDATES of them (see candidates()).
 */
const kinds = {
  claims: {
    kind: "CLAIM",
    table: Prisma.raw(`"Claim"`),
    original: Prisma.sql`x."statement"`,
    order: Prisma.sql`x."madeAt" DESC NULLS LAST, x."id"`,
  },
  excerpts: {
    kind: "EXCERPT",
    table: Prisma.raw(`"Excerpt"`),
    original: Prisma.sql`x."exact"`,
    order: Prisma.sql`x."createdAt" DESC, x."id"`,
  },
  sources: {
    kind: "SOURCE",
    table: Prisma.raw(`"Source"`),
    original: Prisma.sql`concat_ws(' ', x."title", x."text")`,
    order: Prisma.sql`x."publishedAt" DESC NULLS LAST, x."id"`,
  },
} as const;

/** How close a word of the text must be to a term for a near match (pg_trgm word_similarity). */
export const WORD_SIMILARITY_THRESHOLD = 0.5;

export type Rank = 1 | 2 | 3;
export const rankWords: Record<Rank, string> = { 3: "exact phrase", 2: "name or spelling variant", 1: "near match" };

/**
 * Rows read from the index per kind, at most. Ranking and the count look at these
 * only, so a name matching most of a million passages costs what a rarer one does;
 * past it the total reads "1000+" and the pages rank the first ones found.
 */
export const SEARCH_CANDIDATES = 1000;

const contains = (pattern: string) => `%${pattern}%`;
const likeEscape = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);
const indexed = Prisma.raw(`st."folded"`);
const candidate = Prisma.raw(`c."folded"`);

function literal(term: SearchTerm, column = indexed) {
  return Prisma.join(
    term.alternatives.map((alt) => Prisma.sql`${column} LIKE ${contains(termPattern(alt))}`),
    " OR ",
  );
}

const literalAlternatives = (term: SearchTerm) => term.alternatives.map((alt) => Prisma.sql`st."folded" LIKE ${contains(termPattern(alt))}`);
const nearAlternatives = (term: SearchTerm) => term.alternatives.filter((alt) => !wholeWordsOnly(alt)).map((alt) => Prisma.sql`st."folded" %> ${alt}`);
const anyOf = (conditions: Prisma.Sql[]) => Prisma.sql`(${Prisma.join(conditions, " OR ")})`;

export type RankedRow = { id: string; rank: number; total: bigint; more: boolean };

/**
 * The candidates, as one SELECT per way the term with the most names can match,
 * each reading at most SEARCH_CANDIDATES + 1 rows, one after another (UNION ALL
 * under a LIMIT, so PostgreSQL stops at the first branches that fill it): first
 * the names as written (all terms literally), then near spellings. One OR of all
 * names and near spellings over a million rows made PostgreSQL recheck every row
 * any of their trigrams pointed at — word similarity against whole source texts
 * included — before it could stop ("ISKP" ran past the app's 30 s limit at a
 * million passages; now ~0.3 s: bench/RESULTS.md, bench/explain/search-alias.txt); this way a
 * common name is answered by its own first thousand rows, and the near spellings,
 * the costly part, run only when the names as written find fewer.
 */
function candidates(workspaceId: string, kind: (typeof kinds)[SearchKindName]["kind"], terms: SearchTerm[]) {
  const driver = terms.reduce((best, t) => (t.alternatives.length > best.alternatives.length ? t : best), terms[0]);
  const others = terms.filter((t) => t !== driver);
  const restLiteral = others.map((t) => anyOf(literalAlternatives(t)));
  const restAny = others.map((t) => anyOf([...literalAlternatives(t), ...nearAlternatives(t)]));
  const branch = (condition: Prisma.Sql, rest: Prisma.Sql[]) => Prisma.sql`(SELECT st."entityId", st."folded" FROM "SearchText" st
      WHERE st."workspaceId" = ${workspaceId} AND st."kind" = ${Prisma.raw(`'${kind}'`)}::"SearchKind" AND ${condition}${rest.length ? Prisma.sql` AND ${Prisma.join(rest, " AND ")}` : Prisma.empty}
      LIMIT ${SEARCH_CANDIDATES + 1})`;
  const othersHaveNear = others.some((t) => nearAlternatives(t).length > 0);
  return Prisma.join(
    [
      ...literalAlternatives(driver).map((c) => branch(c, restLiteral)),
      ...(othersHaveNear ? literalAlternatives(driver).map((c) => branch(c, restAny)) : []),
      ...nearAlternatives(driver).map((c) => branch(c, restAny)),
    ],
    " UNION ALL ",
  );
}

/**
 * One page of ids of one kind, best first, with the number of matches: exact up to
 * SEARCH_CANDIDATES; past that `more` is set and the page ranks the first ones read.
 */
export async function rankedIds(
  workspaceId: string,
  kind: SearchKindName,
  search: { terms: SearchTerm[]; phrase: string; raw: string },
  page: { size: number; offset: number },
): Promise<RankedRow[]> {
  const k = kinds[kind];
  const allLiteral = Prisma.join(search.terms.map((t) => Prisma.sql`(${literal(t, candidate)})`), " AND ");
  const exact = Prisma.sql`c."folded" LIKE ${contains(termPattern(search.phrase))} AND ${k.original} ILIKE ${contains(likeEscape(search.raw))}`;
  // pg_trgm's default (0.6) misses a dropped letter in a long name (Zabiullah ~ Zabihullah: 0.58).
  const [, rows] = await db.$transaction([
    db.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`,
    db.$queryRaw<RankedRow[]>`
    WITH read AS MATERIALIZED (SELECT * FROM (${candidates(workspaceId, k.kind, search.terms)}) f LIMIT ${SEARCH_CANDIDATES + 1}),
      c AS MATERIALIZED (SELECT DISTINCT ON ("entityId") * FROM read)
    SELECT c."entityId" AS id,
      CASE WHEN ${exact} THEN 3 WHEN ${allLiteral} THEN 2 ELSE 1 END AS rank,
      count(*) OVER () AS total, (SELECT count(*) FROM read) > ${SEARCH_CANDIDATES} AS more
    FROM c JOIN ${k.table} x ON x."id" = c."entityId" AND x."workspaceId" = ${workspaceId}
    ORDER BY rank DESC, ${k.order}
    LIMIT ${page.size} OFFSET ${page.offset}`,
  ]);
  return rows;
}

/** The plan of the candidates' query (with `analyze`, run and timed), for the benchmark and the index test. */
export async function explainSearch(workspaceId: string, kind: SearchKindName, terms: SearchTerm[], options: { analyze?: boolean } = {}) {
  const how = Prisma.raw(options.analyze ? "(ANALYZE, BUFFERS)" : "");
  const [, rows] = await db.$transaction([
    db.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`,
    db.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN ${how} SELECT * FROM (${candidates(workspaceId, kinds[kind].kind, terms)}) f LIMIT ${SEARCH_CANDIDATES + 1}`,
  ]);
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}
