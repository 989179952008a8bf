import "server-only";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { AppError } from "../errors";

export async function listSources(caller: Caller | null, workspace: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  return db.source.findMany({
    where: { workspaceId },
    omit: { text: true },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { title: "asc" }],
    include: { _count: { select: { excerpts: true } } },
  });
}

/** A source with its text, its excerpts in reading order and what cites each. */
export async function getSource(caller: Caller | null, workspace: string, sourceId: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const source = await db.source.findFirst({
    where: { id: sourceId, workspaceId },
    include: {
      excerpts: {
        orderBy: { start: "asc" },
        include: {
          appearances: { include: { claim: { select: { id: true, statement: true } } } },
          evidenceLinks: { include: { claim: { select: { id: true, statement: true } } } },
        },
      },
      ratings: { where: { current: true, reviewItemId: null }, orderBy: { createdAt: "desc" } },
    },
  });
  if (!source) throw AppError.notFound("Source");
  return source;
}

export async function listExcerpts(caller: Caller | null, workspace: string, sourceId: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  return db.excerpt.findMany({ where: { workspaceId, sourceId }, orderBy: { start: "asc" } });
}

export async function getExcerpt(caller: Caller | null, workspace: string, excerptId: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const excerpt = await db.excerpt.findFirst({
    where: { id: excerptId, workspaceId },
    include: { source: { select: { id: true, title: true, publisher: true, url: true } } },
  });
  if (!excerpt) throw AppError.notFound("Excerpt");
  return excerpt;
}
