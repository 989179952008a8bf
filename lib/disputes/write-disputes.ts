import "server-only";
import { assertVersion, mutate } from "../actions/mutate";
import type { Caller } from "../auth/caller";
import { AppError } from "../errors";
import { createDisputeSchema, placeClaimSchema, removeClaimSchema, updateDisputeSchema } from "./schemas";

/** A contested proposition with the claims that affirm and dispute it. */
export async function createDispute(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "dispute.create", permission: "edit", schema: createDisputeSchema }, input, async (ctx) => {
    const { proposition, summary, claims } = ctx.input;
    const found = await ctx.tx.claim.count({ where: { workspaceId: ctx.workspaceId, id: { in: claims.map((c) => c.claimId) } } });
    if (found !== claims.length) throw new AppError("INVALID", "claims: no such claim in this workspace", { claims: ["no such claim in this workspace"] });
    const dispute = await ctx.tx.dispute.create({
      data: {
        workspaceId: ctx.workspaceId,
        proposition,
        summary: summary ?? "",
        createdById: ctx.userId,
        claims: { create: claims.map((c, position) => ({ ...c, position, workspaceId: ctx.workspaceId })) },
      },
    });
    await ctx.audit("Dispute", dispute.id, { after: { ...dispute, claims } });
    return dispute;
  });
}

export async function updateDispute(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "dispute.update", permission: "edit", schema: updateDisputeSchema }, input, async (ctx) => {
    const { id, version, ...fields } = ctx.input;
    const before = await ctx.tx.dispute.findFirst({ where: { id, workspaceId: ctx.workspaceId } });
    if (!before) throw AppError.notFound("Dispute");
    const data = { ...fields, summary: fields.summary ?? "" };
    const { count } = await ctx.tx.dispute.updateMany({ where: { id, workspaceId: ctx.workspaceId, version }, data: { ...data, version: { increment: 1 } } });
    assertVersion(count, "This dispute");
    await ctx.audit("Dispute", id, { before, after: data });
    return { id, version: version + 1 };
  });
}

/** Puts a claim on one side of a dispute (or moves it to the other side). */
export async function placeClaim(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "dispute.placeClaim", permission: "edit", schema: placeClaimSchema }, input, async (ctx) => {
    const { disputeId, claimId, side } = ctx.input;
    const [dispute, claim] = await Promise.all([
      ctx.tx.dispute.findFirst({ where: { id: disputeId, workspaceId: ctx.workspaceId }, select: { id: true } }),
      ctx.tx.claim.findFirst({ where: { id: claimId, workspaceId: ctx.workspaceId }, select: { id: true } }),
    ]);
    if (!dispute) throw AppError.notFound("Dispute");
    if (!claim) throw AppError.notFound("Claim");
    // After the last position, not at the count: a removal leaves gaps, and the count would reuse one.
    const last = await ctx.tx.disputeClaim.aggregate({ where: { disputeId }, _max: { position: true } });
    const placed = await ctx.tx.disputeClaim.upsert({
      where: { disputeId_claimId: { disputeId, claimId } },
      create: { disputeId, claimId, side, workspaceId: ctx.workspaceId, position: (last._max.position ?? -1) + 1 },
      update: { side, version: { increment: 1 } },
    });
    await ctx.tx.dispute.update({ where: { id: disputeId }, data: { updatedAt: new Date() } });
    await ctx.audit("DisputeClaim", placed.id, { after: placed });
    return placed;
  });
}

export async function removeClaim(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "dispute.removeClaim", permission: "edit", schema: removeClaimSchema }, input, async (ctx) => {
    const { disputeId, claimId } = ctx.input;
    const before = await ctx.tx.disputeClaim.findFirst({ where: { disputeId, claimId, workspaceId: ctx.workspaceId } });
    if (!before) throw AppError.notFound("Claim in this dispute");
    await ctx.tx.disputeClaim.delete({ where: { id: before.id } });
    await ctx.audit("DisputeClaim", before.id, { before });
    return { disputeId, claimId };
  });
}
