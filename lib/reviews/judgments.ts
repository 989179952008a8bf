import "server-only";
import { mutate, assertVersion } from "../actions/mutate";
import type { Caller } from "../auth/caller";
import { AppError } from "../errors";
import { recordSessionEvent } from "./live";
import { dissentSchema, judgmentSchema } from "./schemas";
import { lockSession, requireFacilitator, requireParticipant } from "./session-lock";

/**
 * The facilitator records (or revises) the team's judgment on a revealed item:
 * statement, ICD 203 likelihood, confidence, rationale and what would change it.
 * The first judgment moves the session to the decide phase. A revision needs the
 * version that was on screen, so two facilitators' tabs cannot overwrite each other.
 */
export async function recordJudgment(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "judgment.record", permission: "edit", schema: judgmentSchema }, input, async (ctx) => {
    const { sessionId, itemId, version, ...fields } = ctx.input;
    const session = await lockSession(ctx.tx, ctx.workspaceId, sessionId, "update");
    requireFacilitator(session, ctx.userId);
    const item = await ctx.tx.reviewItem.findFirst({ where: { id: itemId, sessionId, workspaceId: ctx.workspaceId } });
    if (!item) throw AppError.notFound("Agenda item");
    if (!item.revealedAt) throw new AppError("CONFLICT", "Reveal this item's ratings before recording a judgment on it.");

    const existing = await ctx.tx.judgment.findFirst({ where: { reviewItemId: itemId, workspaceId: ctx.workspaceId } });
    let judgment;
    if (existing) {
      if (version === undefined) throw AppError.conflict("The judgment on this item");
      const { count } = await ctx.tx.judgment.updateMany({ where: { id: existing.id, workspaceId: ctx.workspaceId, version }, data: { ...fields, version: { increment: 1 } } });
      assertVersion(count, "The judgment on this item");
      judgment = await ctx.tx.judgment.findUniqueOrThrow({ where: { id: existing.id } });
    } else {
      judgment = await ctx.tx.judgment.create({
        data: { ...fields, workspaceId: ctx.workspaceId, reviewItemId: itemId, disputeId: item.disputeId, claimId: item.claimId, authorId: ctx.userId },
      });
    }
    if (session.phase !== "DECIDE") {
      await ctx.tx.reviewSession.update({ where: { id: sessionId }, data: { phase: "DECIDE", version: { increment: 1 } } });
      await recordSessionEvent(ctx.tx, { workspaceId: ctx.workspaceId, sessionId, kind: "phase.changed", payload: { userId: ctx.userId, phase: "DECIDE" } });
    }
    await recordSessionEvent(ctx.tx, { workspaceId: ctx.workspaceId, sessionId, kind: "judgment.recorded", payload: { userId: ctx.userId, itemId, judgmentId: judgment.id } });
    await ctx.audit("Judgment", judgment.id, { before: existing ?? undefined, after: judgment });
    return judgment;
  });
}

/** Any participant may put their dissent on record; it stays attached to the judgment. */
export async function recordDissent(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "dissent.record", permission: "rate", schema: dissentSchema }, input, async (ctx) => {
    const { sessionId, judgmentId, text } = ctx.input;
    await lockSession(ctx.tx, ctx.workspaceId, sessionId, "share");
    await requireParticipant(ctx.tx, sessionId, ctx.userId);
    const judgment = await ctx.tx.judgment.findFirst({ where: { id: judgmentId, workspaceId: ctx.workspaceId, reviewItem: { sessionId } } });
    if (!judgment) throw AppError.notFound("Judgment");
    if (judgment.authorId === ctx.userId) {
      throw new AppError("INVALID", "text: you recorded this judgment; revise it instead of dissenting", { text: ["you recorded this judgment; revise it instead of dissenting"] });
    }
    const dissent = await ctx.tx.dissent.create({ data: { workspaceId: ctx.workspaceId, judgmentId, authorId: ctx.userId, text } });
    const user = await ctx.tx.user.findUnique({ where: { id: ctx.userId }, select: { name: true } });
    await recordSessionEvent(ctx.tx, { workspaceId: ctx.workspaceId, sessionId, kind: "dissent.recorded", payload: { userId: ctx.userId, name: user?.name, itemId: judgment.reviewItemId ?? undefined, judgmentId } });
    await ctx.audit("Dissent", dissent.id, { after: dissent });
    return dissent;
  });
}
