import "server-only";
import { mutate } from "../actions/mutate";
import type { Caller } from "../auth/caller";
import { AppError } from "../errors";
import { scales } from "../ratings/scales";
import { supersedeCurrent } from "../ratings/supersede";
import { recordSessionEvent } from "./live";
import { rateItemSchema } from "./schemas";
import { lockSession, requireParticipant } from "./session-lock";
import { sessionScales } from "./session-scales";

/**
 * A participant's blind rating of one agenda item on one scale. The rating belongs
 * to the review item only (not to the claim), so no general read can show it. A
 * change keeps the earlier rating and needs a reason; once the item is revealed the
 * ratings are fixed, so nobody can adjust theirs after seeing the others'.
 */
export async function rateItem(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "review-rating.create", permission: "rate", schema: rateItemSchema }, input, async (ctx) => {
    const { sessionId, itemId, scale, value, rationale, changeReason } = ctx.input;
    await lockSession(ctx.tx, ctx.workspaceId, sessionId, "share");
    await requireParticipant(ctx.tx, sessionId, ctx.userId);
    const item = await ctx.tx.reviewItem.findFirst({ where: { id: itemId, sessionId, workspaceId: ctx.workspaceId } });
    if (!item) throw AppError.notFound("Agenda item");
    if (item.revealedAt) throw new AppError("CONFLICT", "This item's ratings have been revealed; they are now fixed.");
    const allowed = sessionScales[item.disputeId ? "dispute" : "claim"];
    if (!allowed.includes(scale)) {
      const message = `this item is rated on ${allowed.map((s) => scales[s].name.toLowerCase()).join(", ")}`;
      throw new AppError("INVALID", `scale: ${message}`, { scale: [message] });
    }

    const previous = await ctx.tx.rating.findFirst({ where: { workspaceId: ctx.workspaceId, reviewItemId: itemId, raterId: ctx.userId, scale, current: true } });
    await supersedeCurrent(ctx.tx, previous, ctx.input);
    const rating = await ctx.tx.rating.create({
      data: { workspaceId: ctx.workspaceId, raterId: ctx.userId, scale, value, rationale, reviewItemId: itemId, supersedesId: previous?.id ?? null, changeReason: previous ? changeReason : null },
    });
    // The event says who rated which item, never the value.
    await recordSessionEvent(ctx.tx, { workspaceId: ctx.workspaceId, sessionId, kind: "rating.saved", payload: { userId: ctx.userId, itemId } });
    await ctx.audit("Rating", rating.id, { before: previous ?? undefined, after: rating });
    return rating;
  });
}
