import "server-only";
import { assertVersion, mutate } from "../actions/mutate";
import type { Caller } from "../auth/caller";
import { AppError } from "../errors";
import { addHypothesisSchema, removeHypothesisSchema, updateHypothesisSchema } from "./schemas";

/** Adds a hypothesis (a column of the ACH matrix) to a dispute, after the last one. */
export async function addHypothesis(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "ach.addHypothesis", permission: "edit", schema: addHypothesisSchema }, input, async (ctx) => {
    const { disputeId, label, statement } = ctx.input;
    const dispute = await ctx.tx.dispute.findFirst({ where: { id: disputeId, workspaceId: ctx.workspaceId }, select: { id: true } });
    if (!dispute) throw AppError.notFound("Dispute");
    const last = await ctx.tx.hypothesis.aggregate({ where: { disputeId, workspaceId: ctx.workspaceId }, _max: { position: true } });
    const hypothesis = await ctx.tx.hypothesis.create({
      data: { workspaceId: ctx.workspaceId, disputeId, label, statement, position: (last._max.position ?? -1) + 1 },
    });
    await ctx.audit("Hypothesis", hypothesis.id, { after: hypothesis });
    return hypothesis;
  });
}

export async function updateHypothesis(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "ach.updateHypothesis", permission: "edit", schema: updateHypothesisSchema }, input, async (ctx) => {
    const { id, version, label, statement } = ctx.input;
    const before = await ctx.tx.hypothesis.findFirst({ where: { id, workspaceId: ctx.workspaceId } });
    if (!before) throw AppError.notFound("Hypothesis");
    const { count } = await ctx.tx.hypothesis.updateMany({ where: { id, workspaceId: ctx.workspaceId, version }, data: { label, statement, version: { increment: 1 } } });
    assertVersion(count, "This hypothesis");
    await ctx.audit("Hypothesis", id, { before, after: { label, statement } });
    return { id, version: version + 1 };
  });
}

/** Removes a hypothesis and, with it, every reviewer's ratings of its column. */
export async function removeHypothesis(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "ach.removeHypothesis", permission: "edit", schema: removeHypothesisSchema }, input, async (ctx) => {
    const { id, version } = ctx.input;
    const before = await ctx.tx.hypothesis.findFirst({ where: { id, workspaceId: ctx.workspaceId }, include: { cells: true } });
    if (!before) throw AppError.notFound("Hypothesis");
    const { count } = await ctx.tx.hypothesis.deleteMany({ where: { id, workspaceId: ctx.workspaceId, version } });
    assertVersion(count, "This hypothesis");
    // The ratings go by cascade; the audit keeps them so the column can be rebuilt.
    await ctx.audit("Hypothesis", id, { before });
    return { id };
  });
}
