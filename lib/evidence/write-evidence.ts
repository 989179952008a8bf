import "server-only";
import { assertVersion, mutate } from "../actions/mutate";
import type { Caller } from "../auth/caller";
import { AppError } from "../errors";
import { createEvidenceSchema, deleteEvidenceSchema, updateEvidenceSchema } from "./schemas";

/** Links an excerpt, an incident or another claim to a claim as evidence for, against, or context. */
export async function createEvidenceLink(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "evidence.create", permission: "edit", schema: createEvidenceSchema }, input, async (ctx) => {
    const { claimId, excerptId, incidentId, fromClaimId, stance, note } = ctx.input;
    const where = { workspaceId: ctx.workspaceId };
    const [claim, excerpt, incident, fromClaim] = await Promise.all([
      ctx.tx.claim.findFirst({ where: { ...where, id: claimId }, select: { id: true } }),
      excerptId ? ctx.tx.excerpt.findFirst({ where: { ...where, id: excerptId }, select: { id: true } }) : true,
      incidentId ? ctx.tx.incident.findFirst({ where: { ...where, id: incidentId }, select: { id: true } }) : true,
      fromClaimId ? ctx.tx.claim.findFirst({ where: { ...where, id: fromClaimId }, select: { id: true } }) : true,
    ]);
    if (!claim) throw AppError.notFound("Claim");
    if (!excerpt) throw AppError.notFound("Excerpt");
    if (!incident) throw AppError.notFound("Incident");
    if (!fromClaim) throw AppError.notFound("Evidence claim");
    const link = await ctx.tx.evidenceLink.create({
      data: { workspaceId: ctx.workspaceId, claimId, excerptId, incidentId, fromClaimId, stance, note: note ?? "", createdById: ctx.userId },
    });
    await ctx.audit("EvidenceLink", link.id, { after: link });
    return link;
  });
}

export async function updateEvidenceLink(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "evidence.update", permission: "edit", schema: updateEvidenceSchema }, input, async (ctx) => {
    const { id, version, stance, note } = ctx.input;
    const before = await ctx.tx.evidenceLink.findFirst({ where: { id, workspaceId: ctx.workspaceId } });
    if (!before) throw AppError.notFound("Evidence link");
    const { count } = await ctx.tx.evidenceLink.updateMany({
      where: { id, workspaceId: ctx.workspaceId, version },
      data: { stance, note: note ?? "", version: { increment: 1 } },
    });
    assertVersion(count, "This evidence link");
    await ctx.audit("EvidenceLink", id, { before, after: { stance, note } });
    return { id, version: version + 1 };
  });
}

export async function deleteEvidenceLink(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "evidence.delete", permission: "edit", schema: deleteEvidenceSchema }, input, async (ctx) => {
    const { id, version } = ctx.input;
    const before = await ctx.tx.evidenceLink.findFirst({ where: { id, workspaceId: ctx.workspaceId } });
    if (!before) throw AppError.notFound("Evidence link");
    const { count } = await ctx.tx.evidenceLink.deleteMany({ where: { id, workspaceId: ctx.workspaceId, version } });
    assertVersion(count, "This evidence link");
    await ctx.audit("EvidenceLink", id, { before });
    return { id };
  });
}
