import "server-only";
import { cache } from "react";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import { logDeniedAccess } from "../security/security-log";
import type { Caller } from "./caller";
import { roleAllows, type Permission } from "./roles";

/**
 * The membership that lets `caller` do `permission` in a workspace, or an error.
 * Non-members get NOT_FOUND so a workspace's existence does not leak.
 *
 * Within one page render the answer is shared (React cache, keyed on the caller
 * object that lib/auth/page-access.ts hands out once per request): a page's reads
 * each check membership, and asked the database once per read. Outside a render
 * (actions, route handlers, scripts) every call asks.
 */
export const requireMember = cache(async function requireMember(caller: Caller | null, workspace: string, permission: Permission) {
  if (!caller) {
    await logDeniedAccess({ workspace, detail: `${permission}: signed out` });
    throw new AppError("UNAUTHENTICATED", "Sign in to continue");
  }
  // No workspace is named with a NUL character, and PostgreSQL cannot compare one.
  if (workspace.includes("\u0000")) throw AppError.notFound("Workspace");
  const membership = await membershipOf(caller.userId, workspace);
  const deny = async (detail: string, error: AppError) => {
    await logDeniedAccess({ userId: caller.userId, workspace, detail: `${permission}: ${detail}` });
    return error;
  };
  if (!membership) throw await deny("not a member", AppError.notFound("Workspace"));
  if (caller.tokenWorkspaceId && caller.tokenWorkspaceId !== membership.workspaceId) {
    throw await deny("API token of another workspace", AppError.notFound("Workspace"));
  }
  if (!roleAllows(membership.role, permission)) {
    const message = `Your role (${membership.role.toLowerCase()}) cannot ${describe[permission]} in this workspace`;
    throw await deny(`role ${membership.role}`, new AppError("FORBIDDEN", message));
  }
  return membership;
});

type MembershipWithWorkspace = Prisma.MembershipGetPayload<{ include: { workspace: true } }>;
type MembershipRow = Omit<MembershipWithWorkspace, "workspace"> & { slug: string; name: string; description: string; wCreatedAt: Date; wUpdatedAt: Date; wVersion: number };

/**
 * The user's membership of a workspace named by id or slug (both unique), with the
 * workspace: one statement on every page and API call (Prisma's `include` sent two).
 */
async function membershipOf(userId: string, workspace: string): Promise<MembershipWithWorkspace | null> {
  const [row] = await db.$queryRaw<MembershipRow[]>`SELECT /* auth:membership */ m."id", m."workspaceId", m."userId", m."role"::text AS "role", m."createdAt", m."version",
      w."slug", w."name", w."description", w."createdAt" AS "wCreatedAt", w."updatedAt" AS "wUpdatedAt", w."version" AS "wVersion"
    FROM "Membership" m JOIN "Workspace" w ON w."id" = m."workspaceId"
    WHERE m."userId" = ${userId} AND (w."id" = ${workspace} OR w."slug" = ${workspace})
    LIMIT 1`;
  if (!row) return null;
  const { slug, name, description, wCreatedAt, wUpdatedAt, wVersion, ...membership } = row;
  return { ...membership, workspace: { id: row.workspaceId, slug, name, description, createdAt: wCreatedAt, updatedAt: wUpdatedAt, version: wVersion } };
}

const describe: Record<Permission, string> = {
  read: "read",
  rate: "rate",
  edit: "create or edit",
  manage: "manage members",
};

export type Membership = Awaited<ReturnType<typeof requireMember>>;
