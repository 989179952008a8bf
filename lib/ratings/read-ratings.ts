import "server-only";
import { z } from "zod";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { AppError } from "../errors";
import { id } from "../schemas";
import { ratingHistory } from "./rate";

const ratingTargetSchema = z
  .object({ claimId: id.optional(), sourceId: id.optional() })
  .refine((target) => Boolean(target.claimId) !== Boolean(target.sourceId), { path: ["claimId"], message: "give exactly one of claimId or sourceId" });

/**
 * The rating history of one claim or one source in the workspace (current and
 * superseded). A target outside the workspace is NOT_FOUND rather than an empty history.
 */
export async function listRatings(caller: Caller | null, workspace: string, rawTarget: unknown) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const parsed = ratingTargetSchema.safeParse(rawTarget);
  if (!parsed.success) throw AppError.invalid(parsed.error);
  const { claimId, sourceId } = parsed.data;
  const found = claimId
    ? await db.claim.findFirst({ where: { id: claimId, workspaceId }, select: { id: true } })
    : await db.source.findFirst({ where: { id: sourceId, workspaceId }, select: { id: true } });
  if (!found) throw AppError.notFound(claimId ? "Claim" : "Source");
  return ratingHistory(caller, workspace, claimId ? { claimId } : { sourceId: found.id });
}
