import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import type { Caller } from "./caller";
import { roleAllows, type Permission } from "./roles";

/**
 * The membership that lets `caller` do `permission` in a workspace, or an error.
 * Non-members get NOT_FOUND so a workspace's existence does not leak.
 */
export async function requireMember(caller: Caller | null, workspace: string, permission: Permission) {
  if (!caller) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
  // `workspace` is an id or a slug; both are unique.
  const membership = await db.membership.findFirst({
    where: { userId: caller.userId, workspace: { OR: [{ id: workspace }, { slug: workspace }] } },
    include: { workspace: true },
  });
  if (!membership) throw AppError.notFound("Workspace");
  if (caller.tokenWorkspaceId && caller.tokenWorkspaceId !== membership.workspaceId) throw AppError.notFound("Workspace");
  if (!roleAllows(membership.role, permission)) {
    throw new AppError("FORBIDDEN", `Your role (${membership.role.toLowerCase()}) cannot ${describe[permission]} in this workspace`);
  }
  return membership;
}

const describe: Record<Permission, string> = {
  read: "read",
  rate: "rate",
  edit: "create or edit",
  manage: "manage members",
};

export type Membership = Awaited<ReturnType<typeof requireMember>>;
