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
  /** The source's text, on the first of its passages only (null on the others). */
  sourceText: string | null;
};

/**
 * The details of the best `limit` rows of `top` (CTE columns id, "sourceId", rank,
 * score, "createdAt"), in the statement that found them: the passage, the claims
 * and disputes citing it and the memos citing it (JSON built in SQL), and its
 * source, whose text comes once per source. Read in separate statements, these were
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
      CASE WHEN row_number() OVER (PARTITION BY top."sourceId" ORDER BY top.id) = 1 THEN s."text" END AS "s_text"
    FROM top
    JOIN "Excerpt" x ON x."id" = top.id
    JOIN "Source" s ON s."id" = top."sourceId" AND s."workspaceId" = ${workspaceId}
    ORDER BY top.rank DESC, top.score DESC, top."createdAt" DESC, top.id`;
}

type Row = Omit<PassageDetail, "source" | "sourceText" | "rank" | "score"> & { rank: unknown; score: unknown } & Record<`s_${string}`, unknown>;

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
    sourceText: r.s_text as string | null,
  }));
}
