import "server-only";
import { mutate } from "../actions/mutate";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { AppError } from "../errors";
import { rateSchema } from "./schemas";
import { supersedeCurrent } from "./supersede";

/**
 * Records the caller's rating of a claim or a source on one scale. A change keeps
 * the earlier rating (marked superseded), needs a reason, and is refused when the
 * rating it means to replace is no longer the current one.
 */
export async function rate(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "rating.create", permission: "rate", schema: rateSchema }, input, async (ctx) => {
    const { scale, value, rationale, claimId, sourceId, changeReason } = ctx.input;
    const target = claimId
      ? await ctx.tx.claim.findFirst({ where: { id: claimId, workspaceId: ctx.workspaceId }, select: { id: true } })
      : await ctx.tx.source.findFirst({ where: { id: sourceId, workspaceId: ctx.workspaceId }, select: { id: true } });
    if (!target) throw AppError.notFound(claimId ? "Claim" : "Source");

    const previous = await ctx.tx.rating.findFirst({
      where: { workspaceId: ctx.workspaceId, raterId: ctx.userId, scale, claimId: claimId ?? null, sourceId: sourceId ?? null, reviewItemId: null, current: true },
    });
    await supersedeCurrent(ctx.tx, previous, ctx.input);
    const rating = await ctx.tx.rating.create({
      data: {
        workspaceId: ctx.workspaceId,
        raterId: ctx.userId,
        scale,
        value,
        rationale,
        claimId: claimId ?? null,
        sourceId: sourceId ?? null,
        supersedesId: previous?.id ?? null,
        changeReason: previous ? changeReason : null,
      },
    });
    await ctx.audit("Rating", rating.id, { before: previous ?? undefined, after: rating });
    return rating;
  });
}

/** All ratings of a claim or source, current and superseded, with who made them. */
export async function ratingHistory(caller: Caller | null, workspace: string, target: { claimId: string } | { sourceId: string }) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  if (!("claimId" in target ? target.claimId : target.sourceId)) throw new AppError("INVALID", "claimId: give a claimId or a sourceId", { claimId: ["give a claimId or a sourceId"] });
  const ratings = await db.rating.findMany({
    where: { workspaceId, ...target, reviewItemId: null },
    orderBy: { createdAt: "desc" },
  });
  const raters = await db.user.findMany({ where: { id: { in: [...new Set(ratings.map((r) => r.raterId))] } }, select: { id: true, name: true } });
  const names = new Map(raters.map((r) => [r.id, r.name]));
  return ratings.map((r) => ({ ...r, raterName: names.get(r.raterId) ?? "former member" }));
}
