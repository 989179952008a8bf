import "server-only";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { AppError } from "../errors";

export async function listIncidents(caller: Caller | null, workspace: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  return db.incident.findMany({
    where: { workspaceId },
    orderBy: [{ occurredOn: { sort: "desc", nulls: "last" } }, { title: "asc" }],
    include: { tolls: { include: { reportedBy: { select: { name: true } }, source: { select: { id: true, title: true } } } }, actors: { include: { actor: { select: { id: true, name: true } } } } },
  });
}

export async function getIncident(caller: Caller | null, workspace: string, incidentId: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const incident = await db.incident.findFirst({
    where: { id: incidentId, workspaceId },
    include: {
      tolls: { include: { reportedBy: { select: { id: true, name: true } }, source: { select: { id: true, title: true } }, excerpt: true }, orderBy: { createdAt: "asc" } },
      actors: { include: { actor: { select: { id: true, name: true } } } },
      evidenceLinks: { include: { claim: { select: { id: true, statement: true } } } },
    },
  });
  if (!incident) throw AppError.notFound("Incident");
  return incident;
}
