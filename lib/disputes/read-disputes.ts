import "server-only";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { claimDetailInclude } from "../claims/claim-detail";
import { db } from "../db/client";
import { AppError } from "../errors";
import { countIndependentOrigins } from "../sources/origins";

/** Disputes, most recently updated first; `take` bounds the list (the home page shows the latest only). */
export async function listDisputes(caller: Caller | null, workspace: string, { take }: { take?: number } = {}) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const disputes = await db.dispute.findMany({
    where: { workspaceId },
    orderBy: { updatedAt: "desc" },
    take,
    include: { claims: { select: { side: true, claim: { select: { id: true, statement: true, claimant: { select: { name: true } } } } }, orderBy: { position: "asc" } } },
  });
  return disputes.map((dispute) => ({
    ...dispute,
    affirming: dispute.claims.filter((c) => c.side === "AFFIRMS").map((c) => c.claim),
    disputing: dispute.claims.filter((c) => c.side === "DISPUTES").map((c) => c.claim),
  }));
}

/**
 * A dispute with its claims on each side, each with passages, evidence, ratings
 * and the number of independent origins behind its supporting passages.
 */
export async function getDisputeBoard(caller: Caller | null, workspace: string, disputeId: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const dispute = await db.dispute.findFirst({
    where: { id: disputeId, workspaceId },
    include: { claims: { orderBy: { position: "asc" }, include: { claim: { include: claimDetailInclude } } } },
  });
  if (!dispute) throw AppError.notFound("Dispute");

  const sourceIds = new Set<string>();
  for (const { claim } of dispute.claims) {
    for (const a of claim.appearances) sourceIds.add(a.excerpt.sourceId);
    for (const e of claim.evidence) if (e.excerpt) sourceIds.add(e.excerpt.sourceId);
  }
  const origins = await countIndependentOrigins(workspaceId, [...sourceIds]);
  const raterIds = new Set(dispute.claims.flatMap(({ claim }) => claim.ratings.map((r) => r.raterId)));
  const raters = await db.user.findMany({ where: { id: { in: [...raterIds] } }, select: { id: true, name: true } });

  const claims = dispute.claims.map(({ side, claim }) => {
    const supportingSources = claim.evidence.filter((e) => e.stance === "SUPPORTS" && e.excerpt).map((e) => e.excerpt!.sourceId);
    const appearanceSources = claim.appearances.map((a) => a.excerpt.sourceId);
    const corroborating = [...new Set([...appearanceSources, ...supportingSources])];
    return { side, claim, corroboration: origins.summarise(corroborating) };
  });
  return {
    dispute,
    affirming: claims.filter((c) => c.side === "AFFIRMS"),
    disputing: claims.filter((c) => c.side === "DISPUTES"),
    raterNames: Object.fromEntries(raters.map((r) => [r.id, r.name])),
  };
}

export type DisputeBoard = Awaited<ReturnType<typeof getDisputeBoard>>;
