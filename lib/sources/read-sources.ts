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

// Each excerpt with the claims citing it: where the claim appears, and as evidence.
const citing = {
  appearances: { include: { claim: { select: { id: true, statement: true } } } },
  evidenceLinks: { include: { claim: { select: { id: true, statement: true } } } },
} as const;

/** A source with its text, its excerpts in reading order and what cites each. */
export async function getSource(caller: Caller | null, workspace: string, sourceId: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const source = await db.source.findFirst({
    where: { id: sourceId, workspaceId },
    include: {
      excerpts: { orderBy: { start: "asc" }, include: citing },
      ratings: { where: { current: true, reviewItemId: null }, orderBy: { createdAt: "desc" } },
    },
  });
  if (!source) throw AppError.notFound("Source");
  return source;
}

/** A source with its text and current ratings, without its excerpts (the reader reads those a page at a time). */
export async function getSourceText(caller: Caller | null, workspace: string, sourceId: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const source = await db.source.findFirst({
    where: { id: sourceId, workspaceId },
    include: { ratings: { where: { current: true, reviewItemId: null }, orderBy: { createdAt: "desc" } } },
  });
  if (!source) throw AppError.notFound("Source");
  return source;
}

/**
 * The anchored excerpts (not orphans: their offsets are into an older text) that
 * overlap [start, end) of the source's text, in reading order, with what cites each.
 */
export async function excerptsBetween(caller: Caller | null, workspace: string, sourceId: string, range: { start: number; end: number }) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  return db.excerpt.findMany({
    where: { workspaceId, sourceId, anchorStatus: { not: "ORPHANED" }, start: { lt: Math.max(range.end, range.start + 1) }, end: { gt: range.start } },
    orderBy: { start: "asc" },
    include: citing,
  });
}

/** Where an anchored excerpt of the source starts in its text (null if there is no such excerpt). */
export async function excerptStart(caller: Caller | null, workspace: string, sourceId: string, excerptId: string): Promise<number | null> {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const excerpt = await db.excerpt.findFirst({ where: { id: excerptId, workspaceId, sourceId, anchorStatus: { not: "ORPHANED" } }, select: { start: true } });
  return excerpt?.start ?? null;
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
