import "server-only";
import { db } from "../db/client";
import type { AnchorStatus } from "../db/generated/enums";

type Cited = { id: string; statement: string; disputes: { id: string; proposition: string }[] };

export type PassageDetail = {
  id: string;
  sourceId: string;
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
};

/**
 * The found passages with the claims and disputes that cite them, in one statement
 * (JSON built in SQL), and their sources in a second beside it (the match rows say
 * which sources). Read through Prisma's nested include this was ten statements, one
 * per relation level, which made the lookup's page cost twice its SQL
 * (bench/RESULTS.md, "findPassages in process").
 */
export async function passageDetails(workspaceId: string, found: { id: string; sourceId: string }[]) {
  if (!found.length) return { passages: [], sources: new Map<string, Awaited<ReturnType<typeof sourcesOf>>[number]>() };
  const [passages, sources] = await Promise.all([cited(workspaceId, found.map((f) => f.id)), sourcesOf(workspaceId, [...new Set(found.map((f) => f.sourceId))])]);
  return { passages, sources: new Map(sources.map((s) => [s.id, s])) };
}

function cited(workspaceId: string, ids: string[]) {
  return db.$queryRaw<PassageDetail[]>`
    SELECT x."id", x."sourceId", x."start", x."end", x."exact", x."prefix", x."suffix", x."anchorStatus"::text AS "anchorStatus",
      x."textVersion", x."textSha256",
      coalesce((
        SELECT json_agg(json_build_object('id', c."id", 'statement', c."statement", 'disputes', coalesce((
            SELECT json_agg(json_build_object('id', d."id", 'proposition', d."proposition") ORDER BY d."id")
            FROM "DisputeClaim" dc JOIN "Dispute" d ON d."id" = dc."disputeId" AND d."workspaceId" = ${workspaceId}
            WHERE dc."claimId" = c."id"), '[]'::json)) ORDER BY c."id")
        FROM "Claim" c
        WHERE c."workspaceId" = ${workspaceId} AND c."id" IN (
          SELECT a."claimId" FROM "ClaimAppearance" a WHERE a."excerptId" = x."id"
          UNION SELECT l."claimId" FROM "EvidenceLink" l WHERE l."excerptId" = x."id")), '[]'::json) AS claims
    FROM "Excerpt" x
    WHERE x."workspaceId" = ${workspaceId} AND x."id" = ANY(${ids}::text[])`;
}

function sourcesOf(workspaceId: string, ids: string[]) {
  return db.source.findMany({
    where: { workspaceId, id: { in: ids } },
    select: { id: true, title: true, publisher: true, authors: true, publishedAt: true, publishedPrecision: true, url: true, archiveUrl: true, accessedAt: true, language: true, text: true, textVersion: true, textSha256: true },
  });
}
