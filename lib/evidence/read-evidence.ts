import "server-only";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { AppError } from "../errors";

/** One evidence link with what it links: the claim, and the excerpt, incident or claim cited. */
export async function getEvidenceLink(caller: Caller | null, workspace: string, evidenceId: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const link = await db.evidenceLink.findFirst({
    where: { id: evidenceId, workspaceId },
    include: {
      claim: { select: { id: true, statement: true } },
      excerpt: { include: { source: { select: { id: true, title: true } } } },
      incident: { select: { id: true, title: true, occurredOn: true } },
      fromClaim: { select: { id: true, statement: true } },
    },
  });
  if (!link) throw AppError.notFound("Evidence link");
  return link;
}
