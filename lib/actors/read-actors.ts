import "server-only";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";

export async function listActors(caller: Caller | null, workspace: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  return db.actor.findMany({
    where: { workspaceId },
    orderBy: { name: "asc" },
    include: { aliases: { select: { alias: true, language: true } }, memberOf: { include: { organisation: { select: { id: true, name: true } } } } },
  });
}
