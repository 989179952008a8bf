import "server-only";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { termPattern, type SearchTerm } from "../search/query";

/**
 * The SQL behind a citation lookup, over the folded texts in SearchText (see
 * lib/search/fold.ts). Every condition is one pg_trgm's GIN index on
 * SearchText.folded answers: LIKE '%…%' for the phrase and for each term's
 * alternatives, and the word-similarity operator %> for near quotes.
 */
export type Rank = 1 | 2 | 3;
export const rankWords: Record<Rank, string> = { 3: "exact quote", 2: "same words, another name or spelling", 1: "near match" };

const contains = (pattern: string) => `%${pattern}%`;

function allLiteral(terms: SearchTerm[]) {
  return Prisma.join(
    terms.map((term) => Prisma.sql`(${Prisma.join(term.alternatives.map((alt) => Prisma.sql`st."folded" LIKE ${contains(termPattern(alt))}`), " OR ")})`),
    " AND ",
  );
}

export type PassageRow = { id: string; rank: number; score: number };

/** Excerpts containing the phrase (rank 3), all its terms under any alias (2), or a near quote (1). */
export async function matchingExcerpts(workspaceId: string, phrase: string, terms: SearchTerm[], limit: number): Promise<PassageRow[]> {
  const exact = Prisma.sql`st."folded" LIKE ${contains(` ${phrase} `)}`;
  const literal = terms.length ? allLiteral(terms) : Prisma.sql`false`;
  return db.$queryRaw<PassageRow[]>`
    SELECT st."entityId" AS id,
      CASE WHEN ${exact} THEN 3 WHEN ${literal} THEN 2 ELSE 1 END AS rank,
      word_similarity(${phrase}, st."folded")::float8 AS score
    FROM "SearchText" st
    JOIN "Excerpt" x ON x."id" = st."entityId" AND x."workspaceId" = st."workspaceId"
    WHERE st."workspaceId" = ${workspaceId} AND st."kind" = 'EXCERPT'::"SearchKind"
      AND (${exact} OR (${literal}) OR st."folded" %> ${phrase})
    ORDER BY rank DESC, score DESC, x."createdAt" DESC, x."id"
    LIMIT ${limit}`;
}

/** Sources whose text holds the phrase (3) or all its terms (2): places not yet quoted as excerpts. */
export async function matchingSources(workspaceId: string, phrase: string, terms: SearchTerm[], limit: number): Promise<PassageRow[]> {
  const exact = Prisma.sql`st."folded" LIKE ${contains(` ${phrase} `)}`;
  const literal = terms.length ? allLiteral(terms) : Prisma.sql`false`;
  return db.$queryRaw<PassageRow[]>`
    SELECT st."entityId" AS id, CASE WHEN ${exact} THEN 3 ELSE 2 END AS rank, 1::float8 AS score
    FROM "SearchText" st
    WHERE st."workspaceId" = ${workspaceId} AND st."kind" = 'SOURCE'::"SearchKind" AND (${exact} OR (${literal}))
    ORDER BY rank DESC, st."entityId"
    LIMIT ${limit}`;
}

/** Memos whose latest version cites any of these excerpts (MemoRevision.body.excerptIds). */
export async function memosCiting(workspaceId: string, excerptIds: string[]) {
  if (!excerptIds.length) return [];
  return db.$queryRaw<{ id: string; title: string; excerptIds: string[] }[]>`
    SELECT m."id", m."title", ARRAY(SELECT jsonb_array_elements_text(r."body"->'excerptIds')) AS "excerptIds"
    FROM "Memo" m JOIN "MemoRevision" r ON r."memoId" = m."id" AND r."number" = m."version"
    WHERE m."workspaceId" = ${workspaceId} AND jsonb_exists_any(r."body"->'excerptIds', ${excerptIds}::text[])`;
}
