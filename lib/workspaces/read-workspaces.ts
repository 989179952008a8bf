import "server-only";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";

/** The workspaces the caller belongs to, with their role in each. */
export async function listMyWorkspaces(caller: Caller | null) {
  if (!caller) return [];
  const memberships = await db.membership.findMany({
    where: { userId: caller.userId, ...(caller.tokenWorkspaceId ? { workspaceId: caller.tokenWorkspaceId } : {}) },
    include: { workspace: true },
    orderBy: { workspace: { name: "asc" } },
  });
  return memberships.map((m) => ({ id: m.workspace.id, slug: m.workspace.slug, name: m.workspace.name, description: m.workspace.description, role: m.role }));
}

/** The workspace and the caller's membership in it (one read per page render: requireMember is request-cached). */
export async function getWorkspace(caller: Caller | null, workspace: string) {
  const membership = await requireMember(caller, workspace, "read");
  return { ...membership.workspace, role: membership.role };
}

/**
 * How many sources, claims, disputes and incidents the workspace holds. Four counts
 * over the biggest tables (~80 ms at benchmark scale, bench/explain/workspace-header.txt),
 * so only the pages that show them ask.
 */
export async function getWorkspaceCounts(caller: Caller | null, workspace: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const counts = await db.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { _count: { select: { sources: true, claims: true, disputes: true, incidents: true } } },
  });
  return counts._count;
}
