import "server-only";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { AppError } from "../errors";

/** The workspace's vocabulary, with how many claims carry each tag. */
export async function listTags(caller: Caller | null, workspace: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  return db.tag.findMany({ where: { workspaceId }, orderBy: { name: "asc" }, include: { _count: { select: { claims: true } } } });
}

export async function getTag(caller: Caller | null, workspace: string, tagId: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const tag = await db.tag.findFirst({ where: { id: tagId, workspaceId } });
  if (!tag) throw AppError.notFound("Tag");
  return tag;
}
