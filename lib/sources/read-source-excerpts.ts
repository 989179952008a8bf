import "server-only";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { AppError } from "../errors";

/** A source's excerpts in reading order; NOT_FOUND (not an empty list) for a source outside the workspace. */
export async function listSourceExcerpts(caller: Caller | null, workspace: string, sourceId: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const source = await db.source.findFirst({ where: { id: sourceId, workspaceId }, select: { id: true } });
  if (!source) throw AppError.notFound("Source");
  return db.excerpt.findMany({ where: { workspaceId, sourceId }, orderBy: { start: "asc" } });
}
