import "server-only";
import { mutate, type MutationContext } from "../actions/mutate";
import type { Caller } from "../auth/caller";
import { AppError } from "../errors";
import { recordSessionEvent } from "./live";
import { itemRef, sessionRef } from "./schemas";
import { lockSession, requireFacilitator } from "./session-lock";

type Locked = Awaited<ReturnType<typeof lockSession>>;

/** Opens the ratings of the given items to everyone; the first reveal ends the blind phase. */
async function reveal(ctx: MutationContext<{ sessionId: string }>, session: Locked, itemIds: string[]) {
  const now = new Date();
  const { count } = await ctx.tx.reviewItem.updateMany({ where: { id: { in: itemIds }, sessionId: session.id, workspaceId: ctx.workspaceId, revealedAt: null }, data: { revealedAt: now, version: { increment: 1 } } });
  if (count === 0) {
    ctx.unchanged();
    return { revealed: 0, phase: session.phase };
  }
  for (const itemId of itemIds) {
    await recordSessionEvent(ctx.tx, { workspaceId: ctx.workspaceId, sessionId: session.id, kind: "item.revealed", payload: { userId: ctx.userId, itemId } });
    await ctx.audit("ReviewItem", itemId, { after: { revealedAt: now } });
  }
  let phase = session.phase;
  if (phase === "BLIND") {
    phase = "REVEAL";
    await ctx.tx.reviewSession.update({ where: { id: session.id }, data: { phase, version: { increment: 1 } } });
    await recordSessionEvent(ctx.tx, { workspaceId: ctx.workspaceId, sessionId: session.id, kind: "phase.changed", payload: { userId: ctx.userId, phase } });
    await ctx.audit("ReviewSession", session.id, { before: { phase: session.phase }, after: { phase } });
  }
  return { revealed: count, phase };
}

/** The facilitator reveals one item: its distribution and who rated what become visible. */
export async function revealItem(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "review-item.reveal", permission: "edit", schema: itemRef }, input, async (ctx) => {
    const session = await lockSession(ctx.tx, ctx.workspaceId, ctx.input.sessionId, "update");
    requireFacilitator(session, ctx.userId);
    const item = await ctx.tx.reviewItem.findFirst({ where: { id: ctx.input.itemId, sessionId: session.id, workspaceId: ctx.workspaceId }, select: { id: true } });
    if (!item) throw AppError.notFound("Agenda item");
    return reveal(ctx, session, [item.id]);
  });
}

/** The facilitator reveals every item still blind. */
export async function revealAll(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "review-item.reveal", permission: "edit", schema: sessionRef }, input, async (ctx) => {
    const session = await lockSession(ctx.tx, ctx.workspaceId, ctx.input.sessionId, "update");
    requireFacilitator(session, ctx.userId);
    const blind = await ctx.tx.reviewItem.findMany({ where: { sessionId: session.id, workspaceId: ctx.workspaceId, revealedAt: null }, orderBy: { position: "asc" }, select: { id: true } });
    return reveal(ctx, session, blind.map((i) => i.id));
  });
}
