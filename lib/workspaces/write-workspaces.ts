import "server-only";
import { z } from "zod";
import { mutate } from "../actions/mutate";
import { recordAudit } from "../audit/record";
import type { Caller } from "../auth/caller";
import { db } from "../db/client";
import { AppError } from "../errors";
import { id, optionalText, requiredText } from "../schemas";

const createWorkspaceSchema = z.object({
  slug: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{1,48}$/, "must be 2–49 lowercase letters, digits or dashes"),
  name: requiredText(200),
  description: optionalText(2000),
});

/** A new workspace whose only member is its creator, as owner. */
export async function createWorkspace(caller: Caller | null, input: unknown) {
  if (!caller) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
  const parsed = createWorkspaceSchema.safeParse(input);
  if (!parsed.success) throw AppError.invalid(parsed.error);
  return db.$transaction(async (tx) => {
    const taken = await tx.workspace.findUnique({ where: { slug: parsed.data.slug }, select: { id: true } });
    if (taken) throw new AppError("INVALID", "slug: already taken", { slug: ["already taken"] });
    const workspace = await tx.workspace.create({
      data: { ...parsed.data, description: parsed.data.description ?? "", memberships: { create: { userId: caller.userId, role: "OWNER" } } },
    });
    await recordAudit(tx, { workspaceId: workspace.id, userId: caller.userId, action: "workspace.create", entityType: "Workspace", entityId: workspace.id, after: workspace });
    return workspace;
  });
}

const addMemberSchema = z.object({
  userId: id,
  role: z.enum(["OWNER", "EDITOR", "REVIEWER", "VIEWER"], { error: "must be OWNER, EDITOR, REVIEWER or VIEWER" }),
});

/** Owners add people to their workspace with a role. */
export async function addMember(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "member.add", permission: "manage", schema: addMemberSchema }, input, async (ctx) => {
    const user = await ctx.tx.user.findUnique({ where: { id: ctx.input.userId }, select: { id: true } });
    if (!user) throw AppError.notFound("User");
    const existing = await ctx.tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: ctx.workspaceId, userId: user.id } } });
    if (existing) throw new AppError("INVALID", "userId: already a member", { userId: ["already a member"] });
    const membership = await ctx.tx.membership.create({ data: { workspaceId: ctx.workspaceId, userId: user.id, role: ctx.input.role } });
    await ctx.audit("Membership", membership.id, { after: membership });
    return membership;
  });
}
