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
  /** The source's text around the passage: enough for it and CONTEXT characters either side. */
  context: TextWindow;
};

/**
 * Part of a text: `text` is the whole text's characters from `offset` on (UTF-16
 * code units, as excerpt offsets count them), `length` the whole text's length.
 */
export type TextWindow = { text: string; offset: number; length: number };

/** Characters of the source shown either side of a passage. */
export const CONTEXT = 160;
// A literal in the statement, not a parameter.
const context = Prisma.raw(String(CONTEXT));

/**
 * The details of the best `limit` rows of `top` (CTE columns id, "sourceId", rank,
 * score, "createdAt"), in the statement that found them: the passage, the claims
 * and disputes citing it and the memos citing it (JSON built in SQL), and its
 * source with the part of its text around the passage. Read in separate statements, these were
 * a fourth round trip after the match (three statements side by side), and through
 * Prisma's nested include ten statements.
 */
export function passageDetailsSql(workspaceId: string) {
  return Prisma.sql`,
    cm AS (SELECT mm."id", mm."title", r."body"->'excerptIds' AS cited
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
      -- Only the text around the passage, not the whole source (a report can be 100,000+
      -- characters, and a lookup shows 25 passages). PostgreSQL counts characters, excerpt
      -- offsets UTF-16 units: they agree until the first character beyond U+FFFF, so a
      -- text with one of those before the window's end comes whole.
      CASE WHEN w.astral THEN s."text" ELSE substr(s."text", w."from" + 1, x."end" + ${context} - w."from") END AS "ctx_text",
      CASE WHEN w.astral THEN 0 ELSE w."from" END AS "ctx_offset",
      w.astral AS "ctx_whole", length(s."text") AS "ctx_length"
    FROM top
    JOIN "Excerpt" x ON x."id" = top.id
    JOIN "Source" s ON s."id" = top."sourceId" AND s."workspaceId" = ${workspaceId}
    CROSS JOIN LATERAL (SELECT greatest(0, x."start" - ${context}) AS "from",
      left(s."text", x."end" + ${context}) ~ '[\U00010000-\U0010FFFF]' AS astral) w
    ORDER BY top.rank DESC, top.score DESC, top."createdAt" DESC, top.id`;
}

type Row = Omit<PassageDetail, "source" | "context" | "rank" | "score"> & { rank: unknown; score: unknown } & Record<`s_${string}` | `ctx_${string}`, unknown>;

/** The statement's rows as PassageDetail (numbers as numbers, the source's columns as one object). */
export function passageDetailsOf(rows: Row[]): PassageDetail[] {
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
    context: windowOf(r.ctx_text as string, Number(r.ctx_offset), r.ctx_whole as boolean, Number(r.ctx_length)),
  }));
}

function windowOf(text: string, offset: number, whole: boolean, length: number): TextWindow {
  // A whole text's own length is its length in UTF-16 units; PostgreSQL's counts characters.
  return whole ? { text, offset: 0, length: text.length } : { text, offset, length };
}
