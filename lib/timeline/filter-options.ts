import "server-only";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";

/** What the timeline's filter form offers: actors, disputes and the provinces incidents name. */
export async function timelineFilterOptions(caller: Caller | null, workspace: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const [actors, disputes, provinces] = await Promise.all([
    db.actor.findMany({ where: { workspaceId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.dispute.findMany({ where: { workspaceId }, select: { id: true, proposition: true }, orderBy: { createdAt: "asc" } }),
    db.incident.findMany({ where: { workspaceId, province: { not: null } }, select: { province: true }, distinct: ["province"], orderBy: { province: "asc" } }),
  ]);
  return { actors, disputes, provinces: provinces.map((p) => p.province!) };
}
