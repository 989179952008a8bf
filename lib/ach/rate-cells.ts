import "server-only";
import { assertVersion, mutate, type MutationContext } from "../actions/mutate";
import type { Caller } from "../auth/caller";
import { AppError } from "../errors";
import { rateAchCellSchema, rateAchCellsSchema, type AchCellInput } from "./schemas";

/**
 * Writes the caller's own rating of one cell: creates it, changes it (at the version
 * they read) or, with no consistency, withdraws it. Reviewers rate independently, so
 * the rater is always the caller: no one can write another's cell.
 */
async function writeCell(ctx: MutationContext<unknown>, cell: AchCellInput) {
  const { hypothesisId, evidenceId, consistency, version } = cell;
  const where = { workspaceId: ctx.workspaceId };
  const [hypothesis, evidence] = await Promise.all([
    ctx.tx.hypothesis.findFirst({ where: { ...where, id: hypothesisId }, select: { disputeId: true } }),
    ctx.tx.achEvidence.findFirst({ where: { ...where, id: evidenceId }, select: { disputeId: true } }),
  ]);
  if (!hypothesis) throw AppError.notFound("Hypothesis");
  if (!evidence) throw AppError.notFound("ACH evidence");
  if (hypothesis.disputeId !== evidence.disputeId) throw AppError.notFound("ACH cell");

  const mine = { hypothesisId, evidenceId, raterId: ctx.userId };
  const before = await ctx.tx.achRating.findFirst({ where: { ...where, ...mine } });
  if (!before) {
    if (version !== undefined) throw AppError.conflict("Your rating of this cell");
    if (!consistency) {
      ctx.unchanged();
      return null;
    }
    // A second tab creating the same cell at once hits the unique key and reads as a conflict.
    const created = await ctx.tx.achRating.createManyAndReturn({ data: [{ ...where, ...mine, consistency }], skipDuplicates: true });
    if (!created.length) throw AppError.conflict("Your rating of this cell");
    await ctx.audit("AchRating", created[0].id, { after: created[0] });
    return created[0];
  }
  // Rating a cell you already rated needs the version you read, or it would overwrite a change from another tab.
  if (version === undefined) throw AppError.conflict("Your rating of this cell");
  if (!consistency) {
    const { count } = await ctx.tx.achRating.deleteMany({ where: { id: before.id, version } });
    assertVersion(count, "Your rating of this cell");
    await ctx.audit("AchRating", before.id, { before });
    return null;
  }
  if (consistency === before.consistency && version === before.version) {
    ctx.unchanged();
    return before;
  }
  const { count } = await ctx.tx.achRating.updateMany({ where: { id: before.id, version }, data: { consistency, version: { increment: 1 } } });
  assertVersion(count, "Your rating of this cell");
  const after = { ...before, consistency, version: version + 1 };
  await ctx.audit("AchRating", before.id, { before, after });
  return after;
}

/** Rates one cell as the caller (reviewer and up). Returns the rating, or null when withdrawn. */
export async function rateAchCell(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "ach.rateCell", permission: "rate", schema: rateAchCellSchema }, input, (ctx) => writeCell(ctx, ctx.input));
}

/** Rates several cells at once (a whole "my ratings" form): all are saved or none. */
export async function rateAchCells(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "ach.rateCell", permission: "rate", schema: rateAchCellsSchema }, input, async (ctx) => {
    const keys = new Set(ctx.input.cells.map((c) => `${c.hypothesisId}:${c.evidenceId}`));
    if (keys.size !== ctx.input.cells.length) throw new AppError("INVALID", "cells: each cell may appear once", { cells: ["each cell may appear once"] });
    const results = [];
    for (const cell of ctx.input.cells) results.push(await writeCell(ctx, cell));
    return results;
  });
}
