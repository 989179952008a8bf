import "server-only";
import { assertVersion, mutate } from "../actions/mutate";
import type { Caller } from "../auth/caller";
import type { Tx } from "../db/client";
import { AppError } from "../errors";
import { addAchEvidenceSchema, removeAchEvidenceSchema, updateAchEvidenceSchema } from "./schemas";

type Source = { claimId?: string; excerptId?: string; incidentId?: string };

/** The words a row shows when the editor gave none: what the claim, excerpt or incident says. */
async function describeSource(tx: Tx, workspaceId: string, { claimId, excerptId, incidentId }: Source): Promise<string | null> {
  if (claimId) {
    const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId }, select: { statement: true, claimant: { select: { name: true } } } });
    if (!claim) throw AppError.notFound("Claim");
    return claim.claimant ? `${claim.claimant.name}: ${claim.statement}` : claim.statement;
  }
  if (excerptId) {
    const excerpt = await tx.excerpt.findFirst({ where: { id: excerptId, workspaceId }, select: { exact: true, source: { select: { title: true } } } });
    if (!excerpt) throw AppError.notFound("Excerpt");
    return `“${excerpt.exact}” (${excerpt.source.title})`;
  }
  if (incidentId) {
    const incident = await tx.incident.findFirst({ where: { id: incidentId, workspaceId }, select: { title: true } });
    if (!incident) throw AppError.notFound("Incident");
    return incident.title;
  }
  return null;
}

/** Adds an evidence row to a dispute's ACH matrix: a claim, excerpt or incident of the workspace, or a free description. */
export async function addAchEvidence(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "ach.addEvidence", permission: "edit", schema: addAchEvidenceSchema }, input, async (ctx) => {
    const { disputeId, description, claimId, excerptId, incidentId, credibility, relevance, possiblyDeceptive } = ctx.input;
    const dispute = await ctx.tx.dispute.findFirst({ where: { id: disputeId, workspaceId: ctx.workspaceId }, select: { id: true } });
    if (!dispute) throw AppError.notFound("Dispute");
    const described = await describeSource(ctx.tx, ctx.workspaceId, { claimId, excerptId, incidentId });
    const last = await ctx.tx.achEvidence.aggregate({ where: { disputeId, workspaceId: ctx.workspaceId }, _max: { position: true } });
    const evidence = await ctx.tx.achEvidence.create({
      data: {
        workspaceId: ctx.workspaceId,
        disputeId,
        description: description ?? described ?? "",
        claimId: claimId ?? null,
        excerptId: excerptId ?? null,
        incidentId: incidentId ?? null,
        credibility,
        relevance,
        possiblyDeceptive,
        position: (last._max.position ?? -1) + 1,
      },
    });
    await ctx.audit("AchEvidence", evidence.id, { after: evidence });
    return evidence;
  });
}

/** Changes how much a row weighs (credibility, relevance), its wording, and whether it may be deceptive. */
export async function updateAchEvidence(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "ach.updateEvidence", permission: "edit", schema: updateAchEvidenceSchema }, input, async (ctx) => {
    const { id, version, ...fields } = ctx.input;
    const before = await ctx.tx.achEvidence.findFirst({ where: { id, workspaceId: ctx.workspaceId } });
    if (!before) throw AppError.notFound("ACH evidence");
    const { count } = await ctx.tx.achEvidence.updateMany({ where: { id, workspaceId: ctx.workspaceId, version }, data: { ...fields, version: { increment: 1 } } });
    assertVersion(count, "This evidence row");
    await ctx.audit("AchEvidence", id, { before, after: fields });
    return { id, version: version + 1 };
  });
}

export async function removeAchEvidence(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "ach.removeEvidence", permission: "edit", schema: removeAchEvidenceSchema }, input, async (ctx) => {
    const { id, version } = ctx.input;
    const before = await ctx.tx.achEvidence.findFirst({ where: { id, workspaceId: ctx.workspaceId }, include: { cells: true } });
    if (!before) throw AppError.notFound("ACH evidence");
    const { count } = await ctx.tx.achEvidence.deleteMany({ where: { id, workspaceId: ctx.workspaceId, version } });
    assertVersion(count, "This evidence row");
    await ctx.audit("AchEvidence", id, { before });
    return { id };
  });
}
