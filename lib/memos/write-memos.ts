import "server-only";
import { assertVersion, mutate, type MutationContext } from "../actions/mutate";
import type { Caller } from "../auth/caller";
import { AppError } from "../errors";
import { citedExcerpts, loadMemoMaterial } from "./load-material";
import { savedCitations } from "./memo-citations";
import { createMemoSchema, updateMemoSchema, type MemoContent } from "./schemas";

/** Chosen disputes and judgments must be this workspace's. */
async function checkChoices(ctx: MutationContext<unknown>, content: MemoContent) {
  const disputeIds = [...new Set(content.disputeIds)];
  const judgmentIds = [...new Set(content.judgmentIds)];
  const [disputes, judgments] = await Promise.all([
    ctx.tx.dispute.count({ where: { workspaceId: ctx.workspaceId, id: { in: disputeIds } } }),
    ctx.tx.judgment.count({ where: { workspaceId: ctx.workspaceId, id: { in: judgmentIds } } }),
  ]);
  if (disputes !== disputeIds.length) throw new AppError("INVALID", "disputeIds: no such dispute in this workspace", { disputeIds: ["no such dispute in this workspace"] });
  if (judgments !== judgmentIds.length) throw new AppError("INVALID", "judgmentIds: no such judgment in this workspace", { judgmentIds: ["no such judgment in this workspace"] });
  return { ...content, disputeIds, judgmentIds };
}

/**
 * A revision holds the memo whole: what the author wrote, and which passages it
 * cites with the text version and hash each was cited against, so a later
 * correction of a source shows up as a changed quote.
 */
async function revisionBody(ctx: MutationContext<unknown>, content: MemoContent) {
  const material = await loadMemoMaterial(ctx.tx, ctx.workspaceId, content);
  const citations = savedCitations(citedExcerpts(material));
  return { content, citations, excerptIds: citations.map((c) => c.excerptId) };
}

export async function createMemo(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "memo.create", permission: "edit", schema: createMemoSchema }, input, async (ctx) => {
    const content = await checkChoices(ctx, ctx.input);
    const memo = await ctx.tx.memo.create({
      data: { workspaceId: ctx.workspaceId, title: content.title, citationStyle: content.citationStyle, createdById: ctx.userId },
    });
    const body = await revisionBody(ctx, content);
    await ctx.tx.memoRevision.create({ data: { workspaceId: ctx.workspaceId, memoId: memo.id, number: 1, body, createdById: ctx.userId } });
    await ctx.audit("Memo", memo.id, { after: { ...memo, revision: 1, content } });
    return memo;
  });
}

/** Saves a new version; the version on screen must still be the latest (else CONFLICT). */
export async function updateMemo(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "memo.update", permission: "edit", schema: updateMemoSchema }, input, async (ctx) => {
    const { id, version, ...fields } = ctx.input;
    const before = await ctx.tx.memo.findFirst({ where: { id, workspaceId: ctx.workspaceId } });
    if (!before) throw AppError.notFound("Memo");
    const content = await checkChoices(ctx, fields);
    const { count } = await ctx.tx.memo.updateMany({
      where: { id, workspaceId: ctx.workspaceId, version },
      data: { title: content.title, citationStyle: content.citationStyle, version: { increment: 1 } },
    });
    assertVersion(count, "This memo");
    const body = await revisionBody(ctx, content);
    await ctx.tx.memoRevision.create({ data: { workspaceId: ctx.workspaceId, memoId: id, number: version + 1, body, createdById: ctx.userId } });
    await ctx.audit("Memo", id, { before, after: { revision: version + 1, content } });
    return { id, version: version + 1 };
  });
}
