import "server-only";
import { z } from "zod";
import { assertVersion, mutate, type MutationContext } from "../actions/mutate";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { AppError } from "../errors";
import { id, version } from "../schemas";

const role = z.enum(["OWNER", "EDITOR", "REVIEWER", "VIEWER"], { error: "must be owner, editor, reviewer or viewer" });

export const inviteMemberSchema = z.object({ email: z.string().trim().toLowerCase().email("must be an email address"), role });
export const changeRoleSchema = z.object({ membershipId: id, version, role });
export const removeMemberSchema = z.object({ membershipId: id, version });

export async function listMembers(caller: Caller | null, workspace: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  return db.membership.findMany({
    where: { workspaceId },
    include: { user: { select: { id: true, name: true, email: true } } },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
  });
}

/** Adds a registered user, found by email, with a role. */
export async function addMemberByEmail(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "member.add", permission: "manage", schema: inviteMemberSchema }, input, async (ctx) => {
    const user = await ctx.tx.user.findUnique({ where: { email: ctx.input.email }, select: { id: true } });
    if (!user) throw new AppError("INVALID", "email: no registered user has this email", { email: ["no registered user has this email"] });
    const existing = await ctx.tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: ctx.workspaceId, userId: user.id } } });
    if (existing) throw new AppError("INVALID", "email: already a member of this workspace", { email: ["already a member of this workspace"] });
    const membership = await ctx.tx.membership.create({ data: { workspaceId: ctx.workspaceId, userId: user.id, role: ctx.input.role } });
    await ctx.audit("Membership", membership.id, { after: membership });
    return membership;
  });
}

// A workspace always keeps at least one owner.
async function assertOwnerRemains(ctx: MutationContext<unknown>, membershipId: string) {
  const owners = await ctx.tx.membership.count({ where: { workspaceId: ctx.workspaceId, role: "OWNER", id: { not: membershipId } } });
  if (owners === 0) throw new AppError("INVALID", "role: a workspace needs at least one owner", { role: ["a workspace needs at least one owner"] });
}

export async function changeMemberRole(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "member.changeRole", permission: "manage", schema: changeRoleSchema }, input, async (ctx) => {
    const { membershipId, version, role } = ctx.input;
    const before = await ctx.tx.membership.findFirst({ where: { id: membershipId, workspaceId: ctx.workspaceId } });
    if (!before) throw AppError.notFound("Member");
    if (before.role === "OWNER" && role !== "OWNER") await assertOwnerRemains(ctx, membershipId);
    const { count } = await ctx.tx.membership.updateMany({ where: { id: membershipId, workspaceId: ctx.workspaceId, version }, data: { role, version: { increment: 1 } } });
    assertVersion(count, "This membership");
    await ctx.audit("Membership", membershipId, { before, after: { role } });
    return { id: membershipId, version: version + 1 };
  });
}

export async function removeMember(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "member.remove", permission: "manage", schema: removeMemberSchema }, input, async (ctx) => {
    const { membershipId, version } = ctx.input;
    const before = await ctx.tx.membership.findFirst({ where: { id: membershipId, workspaceId: ctx.workspaceId } });
    if (!before) throw AppError.notFound("Member");
    if (before.role === "OWNER") await assertOwnerRemains(ctx, membershipId);
    const { count } = await ctx.tx.membership.deleteMany({ where: { id: membershipId, workspaceId: ctx.workspaceId, version } });
    assertVersion(count, "This membership");
    await ctx.audit("Membership", membershipId, { before });
    return { id: membershipId };
  });
}
