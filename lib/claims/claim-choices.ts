import "server-only";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { CHOICES } from "../search/choices";

/**
 * How many claims a "link a claim" picker offers before it is searched
 * (lib/search/choices.ts). Bounded because a workspace can hold hundreds of
 * thousands of claims: the whole list made each dispute and source page megabytes
 * of HTML at benchmark scale, and 200 still added 70 kB (bench/RESULTS.md).
 */
export const CLAIM_CHOICES_LIMIT = CHOICES;

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
