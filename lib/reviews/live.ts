import "server-only";
import type { Tx } from "../db/client";
import { db } from "../db/client";

/** What a session event may say: who did what to which item, never a rating value. */
export type SessionEventKind =
  | "session.created"
  | "rating.saved"
  | "participant.finished"
  | "item.revealed"
  | "phase.changed"
  | "judgment.recorded"
  | "dissent.recorded"
  | "session.closed";

export type SessionEventPayload = { userId?: string; name?: string; itemId?: string; judgmentId?: string; phase?: string };

/** The Postgres channel a session's notifications go to (cuid ids are safe identifiers). */
export const sessionChannel = (sessionId: string) => `session_${sessionId}`;

/**
 * Appends an event to the session's log and notifies every process listening on
 * the session's channel; Postgres delivers the NOTIFY only when the transaction
 * commits, so listeners never hear of a write that rolled back.
 *
 * The per-session advisory lock makes event ids commit in id order within a
 * session, so a client that has seen id N can never later miss an id below N.
 */
export async function recordSessionEvent(tx: Tx, event: { workspaceId: string; sessionId: string; kind: SessionEventKind; payload: SessionEventPayload }) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`session-events:${event.sessionId}`}, 0))`;
  const row = await tx.sessionEvent.create({ data: { workspaceId: event.workspaceId, sessionId: event.sessionId, kind: event.kind, payload: event.payload } });
  await tx.$executeRaw`SELECT pg_notify(${sessionChannel(event.sessionId)}, ${row.id.toString()})`;
  return row;
}

/** Events of a session after `afterId`, oldest first (for catch-up on connect and on notify). */
export async function sessionEventsAfter(workspaceId: string, sessionId: string, afterId: bigint, take = 500) {
  return db.sessionEvent.findMany({ where: { workspaceId, sessionId, id: { gt: afterId } }, orderBy: { id: "asc" }, take });
}

/** The newest event id of a session (a page starts its live stream after it). */
export async function latestSessionEventId(workspaceId: string, sessionId: string): Promise<string> {
  const last = await db.sessionEvent.findFirst({ where: { workspaceId, sessionId }, orderBy: { id: "desc" }, select: { id: true } });
  return (last?.id ?? BigInt(0)).toString();
}
