import "server-only";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { termPattern, wholeWordsOnly, type SearchTerm } from "./query";
import type { SearchKindName } from "./schemas";

/**
 * The SQL behind a search. Every condition on SearchText.folded is one the
 * trigram GIN index answers (LIKE '%…%' and the word-similarity operator %>),
 * so a query reads the index, then rechecks only the rows it points at.
 */
const kinds = {
  claims: {
    kind: "CLAIM",
    join: Prisma.sql`JOIN "Claim" x ON x."id" = st."entityId" AND x."workspaceId" = st."workspaceId"`,
    original: Prisma.sql`x."statement"`,
    order: Prisma.sql`x."madeAt" DESC NULLS LAST, x."id"`,
  },
  excerpts: {
    kind: "EXCERPT",
    join: Prisma.sql`JOIN "Excerpt" x ON x."id" = st."entityId" AND x."workspaceId" = st."workspaceId"`,
    original: Prisma.sql`x."exact"`,
    order: Prisma.sql`x."createdAt" DESC, x."id"`,
  },
  sources: {
    kind: "SOURCE",
    join: Prisma.sql`JOIN "Source" x ON x."id" = st."entityId" AND x."workspaceId" = st."workspaceId"`,
    original: Prisma.sql`concat_ws(' ', x."title", x."text")`,
    order: Prisma.sql`x."publishedAt" DESC NULLS LAST, x."id"`,
  },
} as const;

/** How close a word of the text must be to a term for a near match (pg_trgm word_similarity). */
export const WORD_SIMILARITY_THRESHOLD = 0.5;

export type Rank = 1 | 2 | 3;
export const rankWords: Record<Rank, string> = { 3: "exact phrase", 2: "name or spelling variant", 1: "near match" };

const contains = (pattern: string) => `%${pattern}%`;
const likeEscape = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

function literal(term: SearchTerm) {
  return Prisma.join(
    term.alternatives.map((alt) => Prisma.sql`st."folded" LIKE ${contains(termPattern(alt))}`),
    " OR ",
  );
}

function matches(term: SearchTerm) {
  const fuzzy = term.alternatives.filter((alt) => !wholeWordsOnly(alt)).map((alt) => Prisma.sql`st."folded" %> ${alt}`);
  return Prisma.sql`(${literal(term)}${fuzzy.length ? Prisma.sql` OR ${Prisma.join(fuzzy, " OR ")}` : Prisma.empty})`;
}

export type RankedRow = { id: string; rank: number; total: bigint };

/** One page of ids of one kind, best first, with the number of matches in all. */
export async function rankedIds(
  workspaceId: string,
  kind: SearchKindName,
  search: { terms: SearchTerm[]; phrase: string; raw: string },
  page: { size: number; offset: number },
): Promise<RankedRow[]> {
  const k = kinds[kind];
  const where = Prisma.join(search.terms.map(matches), " AND ");
  const allLiteral = Prisma.join(search.terms.map((t) => Prisma.sql`(${literal(t)})`), " AND ");
  const exact = Prisma.sql`st."folded" LIKE ${contains(termPattern(search.phrase))} AND ${k.original} ILIKE ${contains(likeEscape(search.raw))}`;
  // pg_trgm's default (0.6) misses a dropped letter in a long name (Zabiullah ~ Zabihullah: 0.58).
  const [, rows] = await db.$transaction([
    db.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`,
    db.$queryRaw<RankedRow[]>`
    SELECT st."entityId" AS id,
      CASE WHEN ${exact} THEN 3 WHEN ${allLiteral} THEN 2 ELSE 1 END AS rank,
      count(*) OVER () AS total
    FROM "SearchText" st ${k.join}
    WHERE st."workspaceId" = ${workspaceId} AND st."kind" = ${k.kind}::"SearchKind" AND ${where}
    ORDER BY rank DESC, ${k.order}
    LIMIT ${page.size} OFFSET ${page.offset}`,
  ]);
  return rows;
}

/** The plan of the same query, for the benchmark and the index test. */
export async function explainSearch(workspaceId: string, kind: SearchKindName, terms: SearchTerm[]) {
  const k = kinds[kind];
  const where = Prisma.join(terms.map(matches), " AND ");
  const rows = await db.$queryRaw<{ "QUERY PLAN": string }[]>`
    EXPLAIN SELECT st."entityId" FROM "SearchText" st ${k.join}
    WHERE st."workspaceId" = ${workspaceId} AND st."kind" = ${k.kind}::"SearchKind" AND ${where}`;
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}
