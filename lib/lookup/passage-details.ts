import "server-only";
import { Prisma } from "../db/generated/client";
import type { CitableSource } from "../citations/csl-json";
import type { AnchorStatus, DatePrecision } from "../db/generated/enums";

type Cited = { id: string; statement: string; disputes: { id: string; proposition: string }[] };

/** A found passage with what the lookup shows of it: read in the statement that finds it (lookup-sql.ts). */
export type PassageDetail = {
  id: string;
  sourceId: string;
  rank: number;
  score: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  anchorStatus: AnchorStatus;
  textVersion: number;
  textSha256: string;
  /** Claims quoting the passage or citing it as evidence, each with its disputes. */
  claims: Cited[];
  /** Memos whose latest version cites the passage. */
  memos: { id: string; title: string }[];
  /** The source as a citation knows it (but its kind), with its text's version. */
  source: Omit<CitableSource, "kind"> & { textVersion: number; textSha256: string };
  /** The source's text around its passages found: each with CONTEXT characters either side. */
  context: TextWindow;
};

/**
 * Part of a text: `text` is the whole text's characters from `offset` on (UTF-16
 * code units, as excerpt offsets count them) to `length`.
 */
export type TextWindow = { text: string; offset: number; length: number };

/** Characters of the source shown either side of a passage. */
export const CONTEXT = 160;
// A literal in the statement, not a parameter.
const contextSql = Prisma.raw(String(CONTEXT));

/**
 * The details of the best `limit` rows of `top` (CTE columns id, "sourceId", rank,
 * score, "createdAt"), in the statement that found them: the passage, the claims
 * and disputes citing it and the memos citing it (JSON built in SQL), and its
 * source with the part of its text around the passages found. Read in separate
 * statements, these were a fourth round trip after the match (three statements side
 * by side), and through Prisma's nested include ten statements.
 */
export function passageDetailsSql(workspaceId: string) {
  return Prisma.sql`,
    -- Of each source only its text around the passages found (a report can be 100,000+
    -- characters): from CONTEXT characters before the first to CONTEXT and one after
    -- the last (one more shows whether the text goes on). PostgreSQL counts characters,
    -- excerpt offsets UTF-16 units: they agree until the first character beyond U+FFFF,
    -- so a text with one of those before the window's end comes whole.
    span AS (SELECT top."sourceId", greatest(0, min(x."start") - ${contextSql}) AS "from", max(x."end") + ${contextSql} + 1 AS "to"
      FROM top JOIN "Excerpt" x ON x."id" = top.id GROUP BY top."sourceId"),
    sw AS (SELECT span."sourceId", a.astral,
        CASE WHEN a.astral THEN 0 ELSE span."from" END AS "from",
        CASE WHEN a.astral THEN s."text" ELSE substr(s."text", span."from" + 1, span."to" - span."from") END AS "text"
      FROM span JOIN "Source" s ON s."id" = span."sourceId" AND s."workspaceId" = ${workspaceId}
      CROSS JOIN LATERAL (SELECT left(s."text", span."to") ~ '[\U00010000-\U0010FFFF]' AS astral) a),
    -- Materialized: read once, not once per passage (the statement's execution, 30
    -- bench quotes, median 4.9 to 3.8 ms).
    cm AS MATERIALIZED (SELECT mm."id", mm."title", r."body"->'excerptIds' AS cited
      FROM "Memo" mm JOIN "MemoRevision" r ON r."memoId" = mm."id" AND r."number" = mm."version"
      WHERE mm."workspaceId" = ${workspaceId} AND jsonb_exists_any(r."body"->'excerptIds', ARRAY(SELECT top.id FROM top)))
    SELECT top.id, top."sourceId", top.rank, top.score,
      x."start", x."end", x."exact", x."prefix", x."suffix", x."anchorStatus"::text AS "anchorStatus", x."textVersion", x."textSha256",
      coalesce((
        SELECT json_agg(json_build_object('id', c."id", 'statement', c."statement", 'disputes', coalesce((
            SELECT json_agg(json_build_object('id', d."id", 'proposition', d."proposition") ORDER BY d."id")
            FROM "DisputeClaim" dc JOIN "Dispute" d ON d."id" = dc."disputeId" AND d."workspaceId" = ${workspaceId}
            WHERE dc."claimId" = c."id"), '[]'::json)) ORDER BY c."id")
        FROM "Claim" c
        WHERE c."workspaceId" = ${workspaceId} AND c."id" IN (
          SELECT a."claimId" FROM "ClaimAppearance" a WHERE a."excerptId" = x."id"
          UNION SELECT l."claimId" FROM "EvidenceLink" l WHERE l."excerptId" = x."id")), '[]'::json) AS claims,
      coalesce((SELECT json_agg(json_build_object('id', cm."id", 'title', cm."title") ORDER BY cm."id") FROM cm WHERE cm.cited ? x."id"), '[]'::json) AS memos,
      s."title" AS "s_title", s."publisher" AS "s_publisher", s."authors" AS "s_authors", s."publishedAt" AS "s_publishedAt",
      s."publishedPrecision"::text AS "s_publishedPrecision", s."url" AS "s_url", s."archiveUrl" AS "s_archiveUrl", s."accessedAt" AS "s_accessedAt",
      s."language" AS "s_language", s."textVersion" AS "s_textVersion", s."textSha256" AS "s_textSha256",
      -- The source's text from its first passage here to its last, once per source.
      CASE WHEN row_number() OVER (PARTITION BY top."sourceId" ORDER BY top.id) = 1 THEN sw."text" END AS "ctx_text",
      sw."from" AS "ctx_offset", sw.astral AS "ctx_whole"
    FROM top
    JOIN "Excerpt" x ON x."id" = top.id
    JOIN "Source" s ON s."id" = top."sourceId" AND s."workspaceId" = ${workspaceId}
    JOIN sw ON sw."sourceId" = top."sourceId"
    ORDER BY top.rank DESC, top.score DESC, top."createdAt" DESC, top.id`;
}

type Row = Omit<PassageDetail, "source" | "context" | "rank" | "score"> & { rank: unknown; score: unknown } & Record<`s_${string}` | `ctx_${string}`, unknown>;

/** The statement's rows as PassageDetail (numbers as numbers, the source's columns as one object). */
export function passageDetailsOf(rows: Row[]): PassageDetail[] {
  // The window comes with the first of a source's passages (row_number 1, not always the first row here).
  const windows = new Map(rows.flatMap((r) => (r.ctx_text === null ? [] : [[r.sourceId, windowOf(r.ctx_text as string, Number(r.ctx_offset), r.ctx_whole as boolean)] as const])));
  return rows.map((r) => ({
    id: r.id,
    sourceId: r.sourceId,
    rank: Number(r.rank),
    score: Number(r.score),
    start: r.start,
    end: r.end,
    exact: r.exact,
    prefix: r.prefix,
    suffix: r.suffix,
    anchorStatus: r.anchorStatus,
    textVersion: r.textVersion,
    textSha256: r.textSha256,
    claims: r.claims,
    memos: r.memos,
    source: {
      id: r.sourceId,
      title: r.s_title as string,
      publisher: r.s_publisher as string,
      authors: r.s_authors as string[],
      publishedAt: r.s_publishedAt as Date | null,
      publishedPrecision: r.s_publishedPrecision as DatePrecision | null,
      url: r.s_url as string | null,
      archiveUrl: r.s_archiveUrl as string | null,
      accessedAt: r.s_accessedAt as Date | null,
      language: r.s_language as string,
      textVersion: r.s_textVersion as number,
      textSha256: r.s_textSha256 as string,
    },
    context: windows.get(r.sourceId)!,
  }));
}

/**
 * The window as TextWindow. Its `length` is where it ends: the text's end, or one
 * character past the last passage's context when the text goes on, which is all
 * cutting the context needs to know.
 */
function windowOf(text: string, offset: number, whole: boolean): TextWindow {
  return { text, offset: whole ? 0 : offset, length: (whole ? 0 : offset) + text.length };
}
