import "server-only";
import { mutate } from "../actions/mutate";
import type { Caller } from "../auth/caller";
import { roleAllows } from "../auth/roles";
import { AppError } from "../errors";
import { recordSessionEvent } from "./live";
import { createSessionSchema, sessionRef } from "./schemas";
import { lockSession, requireFacilitator, requireParticipant } from "./session-lock";
import { sessionScales } from "./session-scales";

/**
 * Opens a blind review session: the caller (editor or owner) facilitates, the agenda
 * is disputes and claims of this workspace, and the invited members (reviewer or
 * above) rate. The facilitator always takes part in the rating too.
 */
export async function createSession(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "review-session.create", permission: "edit", schema: createSessionSchema }, input, async (ctx) => {
    const { title, disputeIds, claimIds, participantIds } = ctx.input;
    const wanted = { disputes: [...new Set(disputeIds)], claims: [...new Set(claimIds)] };
    const [disputes, claims] = await Promise.all([
      ctx.tx.dispute.findMany({ where: { id: { in: wanted.disputes }, workspaceId: ctx.workspaceId }, select: { id: true } }),
      ctx.tx.claim.findMany({ where: { id: { in: wanted.claims }, workspaceId: ctx.workspaceId }, select: { id: true } }),
    ]);
    if (disputes.length !== wanted.disputes.length) throw AppError.notFound("Dispute");
    if (claims.length !== wanted.claims.length) throw AppError.notFound("Claim");

    const people = [...new Set([ctx.userId, ...participantIds])];
    const members = await ctx.tx.membership.findMany({ where: { workspaceId: ctx.workspaceId, userId: { in: people } }, select: { userId: true, role: true } });
    const raters = new Set(members.filter((m) => roleAllows(m.role, "rate")).map((m) => m.userId));
    const refused = people.filter((p) => !raters.has(p));
    if (refused.length) {
      const message = "only members who can rate (reviewer, editor, owner) can take part";
      throw new AppError("INVALID", `participantIds: ${message}`, { participantIds: [message] });
    }

    const agenda = [...wanted.disputes.map((disputeId) => ({ disputeId })), ...wanted.claims.map((claimId) => ({ claimId }))];
    const session = await ctx.tx.reviewSession.create({
      data: {
        workspaceId: ctx.workspaceId,
        title,
        facilitatorId: ctx.userId,
        items: { create: agenda.map((item, position) => ({ ...item, position, workspaceId: ctx.workspaceId })) },
        participants: { create: people.map((userId) => ({ userId, workspaceId: ctx.workspaceId })) },
      },
      include: { items: true, participants: true },
    });
    await recordSessionEvent(ctx.tx, { workspaceId: ctx.workspaceId, sessionId: session.id, kind: "session.created", payload: { userId: ctx.userId } });
    await ctx.audit("ReviewSession", session.id, { after: session });
    return session;
  });
}

/**
 * A participant declares they have rated everything still blind. Others see the
 * name, never the values.
 */
export async function markFinished(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "review-session.finish", permission: "rate", schema: sessionRef }, input, async (ctx) => {
    await lockSession(ctx.tx, ctx.workspaceId, ctx.input.sessionId, "share");
    const participant = await requireParticipant(ctx.tx, ctx.input.sessionId, ctx.userId);
    if (participant.finishedAt) {
      ctx.unchanged();
      return participant;
    }
    const items = await ctx.tx.reviewItem.findMany({
      where: { sessionId: ctx.input.sessionId, workspaceId: ctx.workspaceId, revealedAt: null },
      include: { ratings: { where: { raterId: ctx.userId, current: true }, select: { scale: true } } },
    });
    const missing = items.filter((item) => sessionScales[item.disputeId ? "dispute" : "claim"].some((scale) => !item.ratings.some((r) => r.scale === scale)));
    if (missing.length) {
      const message = `rate every scale of every item first (${missing.length} item${missing.length === 1 ? "" : "s"} not complete)`;
      throw new AppError("INVALID", `sessionId: ${message}`, { sessionId: [message] });
    }
    const finished = await ctx.tx.reviewParticipant.update({ where: { id: participant.id }, data: { finishedAt: new Date() } });
    const user = await ctx.tx.user.findUnique({ where: { id: ctx.userId }, select: { name: true } });
    await recordSessionEvent(ctx.tx, { workspaceId: ctx.workspaceId, sessionId: ctx.input.sessionId, kind: "participant.finished", payload: { userId: ctx.userId, name: user?.name } });
    await ctx.audit("ReviewParticipant", participant.id, { before: participant, after: finished });
    return finished;
  });
}

/**
 * Closes the session for good. Items still blind are revealed first so that the
 * record is complete; afterwards every write is refused.
 */
export async function closeSession(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "review-session.close", permission: "edit", schema: sessionRef }, input, async (ctx) => {
    const session = await lockSession(ctx.tx, ctx.workspaceId, ctx.input.sessionId, "update");
    requireFacilitator(session, ctx.userId);
    const now = new Date();
    await ctx.tx.reviewItem.updateMany({ where: { sessionId: session.id, workspaceId: ctx.workspaceId, revealedAt: null }, data: { revealedAt: now, version: { increment: 1 } } });
    const closed = await ctx.tx.reviewSession.update({ where: { id: session.id }, data: { phase: "CLOSED", closedAt: now, version: { increment: 1 } } });
    await recordSessionEvent(ctx.tx, { workspaceId: ctx.workspaceId, sessionId: session.id, kind: "session.closed", payload: { userId: ctx.userId, phase: "CLOSED" } });
    await ctx.audit("ReviewSession", session.id, { before: session, after: closed });
    return closed;
  });
}
