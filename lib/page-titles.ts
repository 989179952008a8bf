import "server-only";
import type { Caller } from "./auth/caller";
import { requireMember } from "./auth/guards";
import { db } from "./db/client";
import { AppError } from "./errors";

// What a page's <title> needs, read alone. Next.js renders generateMetadata apart from
// the page, so a title taken from the page's own read (a dispute board is 22
// statements) read all of it twice per request; these are two statements each.

export async function disputeTitle(caller: Caller | null, workspace: string, id: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const dispute = await db.dispute.findFirst({ where: { id, workspaceId }, select: { proposition: true } });
  if (!dispute) throw AppError.notFound("Dispute");
  return dispute.proposition;
}

export async function claimTitle(caller: Caller | null, workspace: string, id: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const claim = await db.claim.findFirst({ where: { id, workspaceId }, select: { statement: true } });
  if (!claim) throw AppError.notFound("Claim");
  return claim.statement;
}

export async function sessionTitle(caller: Caller | null, workspace: string, id: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const session = await db.reviewSession.findFirst({ where: { id, workspaceId }, select: { title: true } });
  if (!session) throw AppError.notFound("Review session");
  return session.title;
}
