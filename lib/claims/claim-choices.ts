import "server-only";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";

/**
 * How many claims a "link a claim" picker offers. Bounded because a workspace can
 * hold hundreds of thousands of claims: the whole list made each dispute and source
 * page megabytes of HTML at benchmark scale (bench/RESULTS.md, bench/explain/claim-picker.txt).
 */
export const CLAIM_CHOICES_LIMIT = 200;

/** The latest claims (by date made) for a picker, without those in `exclude`. */
export async function listClaimChoices(caller: Caller | null, workspace: string, exclude: string[] = []) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  // ORDER BY "madeAt" DESC walks the (workspaceId, madeAt) index backwards and stops at the limit.
  return db.claim.findMany({
    where: { workspaceId, ...(exclude.length ? { id: { notIn: exclude } } : {}) },
    orderBy: [{ madeAt: "desc" }, { id: "asc" }],
    take: CLAIM_CHOICES_LIMIT,
    select: { id: true, statement: true, claimant: { select: { name: true } } },
  });
}
