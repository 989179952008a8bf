import "server-only";
import type { Tx } from "../db/client";
import { AppError } from "../errors";

type LockedSession = { id: string; phase: "BLIND" | "REVEAL" | "DECIDE" | "CLOSED"; facilitatorId: string; version: number; title: string };

export const closedMessage = "This session is closed: its record can be read and exported, but no longer changed.";

/**
 * Locks the session row for the rest of the transaction and returns it, so a write
 * and a concurrent close or reveal cannot interleave. Participants' writes share
 * the lock with each other; the facilitator's phase changes take it exclusively.
 */
export async function lockSession(tx: Tx, workspaceId: string, sessionId: string, mode: "share" | "update", options: { allowClosed?: boolean } = {}) {
  const rows =
    mode === "update"
      ? await tx.$queryRaw<LockedSession[]>`SELECT id, phase::text AS phase, "facilitatorId", version, title FROM "ReviewSession" WHERE id = ${sessionId} AND "workspaceId" = ${workspaceId} FOR UPDATE`
      : await tx.$queryRaw<LockedSession[]>`SELECT id, phase::text AS phase, "facilitatorId", version, title FROM "ReviewSession" WHERE id = ${sessionId} AND "workspaceId" = ${workspaceId} FOR SHARE`;
  const session = rows[0];
  if (!session) throw AppError.notFound("Review session");
  if (session.phase === "CLOSED" && !options.allowClosed) throw new AppError("CONFLICT", closedMessage);
  return session;
}

/** Only the session's facilitator runs reveals, judgments and the close. */
export function requireFacilitator(session: LockedSession, userId: string) {
  if (session.facilitatorId !== userId) throw new AppError("FORBIDDEN", "Only the session's facilitator can do this");
}

/** The caller's participation, or FORBIDDEN: only invited participants rate and dissent. */
export async function requireParticipant(tx: Tx, sessionId: string, userId: string) {
  const participant = await tx.reviewParticipant.findUnique({ where: { sessionId_userId: { sessionId, userId } } });
  if (!participant) throw new AppError("FORBIDDEN", "Only the session's participants can do this");
  return participant;
}
