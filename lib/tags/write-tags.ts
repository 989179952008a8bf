import "server-only";
import { assertVersion, mutate, type MutationContext } from "../actions/mutate";
import type { Caller } from "../auth/caller";
import { AppError } from "../errors";
import { createTagSchema, deleteTagSchema, renameTagSchema, tagClaimSchema } from "./schemas";

// The vocabulary is controlled: only owners change it; editors apply it to claims.

/** Names are unique per workspace regardless of case, so "ISKP-claim" cannot sit beside "iskp-claim". */
async function assertNameFree(ctx: MutationContext<unknown>, name: string, exceptId?: string) {
  const clash = await ctx.tx.tag.findFirst({ where: { workspaceId: ctx.workspaceId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) } });
  if (clash) throw new AppError("INVALID", `name: a tag named “${clash.name}” already exists`, { name: [`a tag named “${clash.name}” already exists`] });
}

export async function createTag(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "tag.create", permission: "manage", schema: createTagSchema }, input, async (ctx) => {
    await assertNameFree(ctx, ctx.input.name);
    const tag = await ctx.tx.tag.create({ data: { workspaceId: ctx.workspaceId, name: ctx.input.name, description: ctx.input.description ?? "" } });
    await ctx.audit("Tag", tag.id, { after: tag });
    return tag;
  });
}

export async function renameTag(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "tag.rename", permission: "manage", schema: renameTagSchema }, input, async (ctx) => {
    const { id, version, name } = ctx.input;
    const before = await ctx.tx.tag.findFirst({ where: { id, workspaceId: ctx.workspaceId } });
    if (!before) throw AppError.notFound("Tag");
    await assertNameFree(ctx, name, id);
    const description = ctx.input.description ?? "";
    const { count } = await ctx.tx.tag.updateMany({ where: { id, workspaceId: ctx.workspaceId, version }, data: { name, description, version: { increment: 1 } } });
    assertVersion(count, "This tag");
    await ctx.audit("Tag", id, { before, after: { name, description } });
    return { id, version: version + 1 };
  });
}

/** Removes a tag from the vocabulary and from every claim that carried it. */
export async function deleteTag(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "tag.delete", permission: "manage", schema: deleteTagSchema }, input, async (ctx) => {
    const { id, version } = ctx.input;
    const before = await ctx.tx.tag.findFirst({ where: { id, workspaceId: ctx.workspaceId }, include: { claims: { select: { claimId: true } } } });
    if (!before) throw AppError.notFound("Tag");
    const { count } = await ctx.tx.tag.deleteMany({ where: { id, workspaceId: ctx.workspaceId, version } });
    assertVersion(count, "This tag");
    await ctx.audit("Tag", id, { before });
    return { id };
  });
}

async function findClaimAndTag(ctx: MutationContext<{ claimId: string; tagId: string }>) {
  const where = { workspaceId: ctx.workspaceId };
  const [claim, tag] = await Promise.all([
    ctx.tx.claim.findFirst({ where: { ...where, id: ctx.input.claimId }, select: { id: true } }),
    ctx.tx.tag.findFirst({ where: { ...where, id: ctx.input.tagId }, select: { id: true, name: true } }),
  ]);
  if (!claim) throw AppError.notFound("Claim");
  if (!tag) throw new AppError("INVALID", "tagId: no such tag in this workspace's vocabulary", { tagId: ["no such tag in this workspace's vocabulary"] });
  return tag;
}

/** Applies a vocabulary tag to a claim; applying it twice changes nothing. */
export async function tagClaim(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "claim.tag", permission: "edit", schema: tagClaimSchema }, input, async (ctx) => {
    const tag = await findClaimAndTag(ctx);
    const { claimId, tagId } = ctx.input;
    const existing = await ctx.tx.claimTag.findUnique({ where: { claimId_tagId: { claimId, tagId } } });
    if (existing) {
      ctx.unchanged();
      return { claimId, tagId, name: tag.name, added: false };
    }
    await ctx.tx.claimTag.create({ data: { claimId, tagId, workspaceId: ctx.workspaceId } });
    await ctx.audit("Claim", claimId, { after: { tagId, tag: tag.name } });
    return { claimId, tagId, name: tag.name, added: true };
  });
}

export async function untagClaim(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "claim.untag", permission: "edit", schema: tagClaimSchema }, input, async (ctx) => {
    const tag = await findClaimAndTag(ctx);
    const { claimId, tagId } = ctx.input;
    const { count } = await ctx.tx.claimTag.deleteMany({ where: { claimId, tagId, workspaceId: ctx.workspaceId } });
    if (count === 0) {
      ctx.unchanged();
      return { claimId, tagId, removed: false };
    }
    await ctx.audit("Claim", claimId, { before: { tagId, tag: tag.name } });
    return { claimId, tagId, removed: true };
  });
}
