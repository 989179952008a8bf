import "server-only";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { AppError } from "../errors";
import { claimDetailInclude } from "./claim-detail";

export async function listClaims(caller: Caller | null, workspace: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  return db.claim.findMany({
    where: { workspaceId },
    orderBy: [{ madeAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    include: {
      claimant: { select: { id: true, name: true } },
      onBehalfOf: { select: { id: true, name: true } },
      _count: { select: { appearances: true, evidence: true, disputes: true } },
    },
  });
}

export async function getClaim(caller: Caller | null, workspace: string, claimId: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const claim = await db.claim.findFirst({
    where: { id: claimId, workspaceId },
    include: {
      ...claimDetailInclude,
      disputes: { include: { dispute: { select: { id: true, proposition: true } } } },
    },
  });
  if (!claim) throw AppError.notFound("Claim");
  return claim;
}
