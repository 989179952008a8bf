import "server-only";
import { assertVersion, mutate, type MutationContext } from "../actions/mutate";
import type { Caller } from "../auth/caller";
import { AppError } from "../errors";
import { attachAppearanceSchema, createClaimSchema, updateClaimSchema } from "./schemas";

type Ctx = MutationContext<unknown>;

/** Every referenced actor must belong to this workspace; the error names the field that is wrong. */
async function checkActors(ctx: Ctx, fields: { claimantId: string | null; onBehalfOfId: string | null }) {
  const wanted = Object.values(fields).filter((value): value is string => Boolean(value));
  if (!wanted.length) return;
  const found = await ctx.tx.actor.findMany({ where: { workspaceId: ctx.workspaceId, id: { in: wanted } }, select: { id: true } });
  const known = new Set(found.map((actor) => actor.id));
  for (const [field, value] of Object.entries(fields)) {
    if (value && !known.has(value)) throw new AppError("INVALID", `${field}: no such actor in this workspace`, { [field]: ["no such actor in this workspace"] });
  }
}

export async function createClaim(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "claim.create", permission: "edit", schema: createClaimSchema }, input, async (ctx) => {
    const { excerptIds, ...fields } = ctx.input;
    await checkActors(ctx, { claimantId: fields.claimantId, onBehalfOfId: fields.onBehalfOfId });
    const excerpts = await ctx.tx.excerpt.count({ where: { workspaceId: ctx.workspaceId, id: { in: excerptIds } } });
    if (excerpts !== new Set(excerptIds).size) {
      throw new AppError("INVALID", "excerptIds: no such excerpt in this workspace", { excerptIds: ["no such excerpt in this workspace"] });
    }
    const claim = await ctx.tx.claim.create({
      data: {
        ...fields,
        workspaceId: ctx.workspaceId,
        createdById: ctx.userId,
        appearances: { create: [...new Set(excerptIds)].map((excerptId) => ({ excerptId, workspaceId: ctx.workspaceId })) },
      },
    });
    await ctx.audit("Claim", claim.id, { after: { ...claim, excerptIds } });
    return claim;
  });
}

export async function updateClaim(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "claim.update", permission: "edit", schema: updateClaimSchema }, input, async (ctx) => {
    const { id, version, ...fields } = ctx.input;
    const before = await ctx.tx.claim.findFirst({ where: { id, workspaceId: ctx.workspaceId } });
    if (!before) throw AppError.notFound("Claim");
    await checkActors(ctx, { claimantId: fields.claimantId, onBehalfOfId: fields.onBehalfOfId });
    const { count } = await ctx.tx.claim.updateMany({
      where: { id, workspaceId: ctx.workspaceId, version },
      data: { ...fields, version: { increment: 1 } },
    });
    assertVersion(count, "This claim");
    await ctx.audit("Claim", id, { before, after: fields });
    return { id, version: version + 1 };
  });
}

/** Records that a claim appears in a passage. */
export async function attachAppearance(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "claim.attachAppearance", permission: "edit", schema: attachAppearanceSchema }, input, async (ctx) => {
    const { claimId, excerptId } = ctx.input;
    const [claim, excerpt] = await Promise.all([
      ctx.tx.claim.findFirst({ where: { id: claimId, workspaceId: ctx.workspaceId }, select: { id: true } }),
      ctx.tx.excerpt.findFirst({ where: { id: excerptId, workspaceId: ctx.workspaceId }, select: { id: true } }),
    ]);
    if (!claim) throw AppError.notFound("Claim");
    if (!excerpt) throw AppError.notFound("Excerpt");
    // Attaching a passage the claim already has writes nothing, so it records nothing.
    const existing = await ctx.tx.claimAppearance.findUnique({ where: { claimId_excerptId: { claimId, excerptId } } });
    if (existing) {
      ctx.unchanged();
      return existing;
    }
    const appearance = await ctx.tx.claimAppearance.create({ data: { claimId, excerptId, workspaceId: ctx.workspaceId } });
    await ctx.audit("ClaimAppearance", appearance.id, { after: appearance });
    return appearance;
  });
}
