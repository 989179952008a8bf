import "server-only";
import { z } from "zod";
import { assertVersion, mutate, type MutationContext } from "../actions/mutate";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { Prisma, type Excerpt } from "../db/generated/client";
import { AppError } from "../errors";
import { id, optionalText, version } from "../schemas";
import { quoteAt, sha256Hex, type PositionSelector } from "../text/anchor";
import { reanchor, type ReanchorStatus } from "../text/reanchor";
import { createSourceSchema } from "./schemas";

export const correctSourceTextSchema = z.object({
  sourceId: id,
  version,
  // Same rules as a new source's text: kept exactly as given.
  text: createSourceSchema.shape.text,
  // Why the text changed; kept on the revision that holds the text it replaces.
  note: optionalText(2000),
});

export type ExcerptReanchoring = {
  excerptId: string;
  status: ReanchorStatus;
  /** 1 for an exact quote, the match score for FUZZY; for ORPHANED the nearest rejected score (not stored). */
  score: number;
  from: PositionSelector;
  /** Null for an orphan, which keeps its old offsets against the text it was made on. */
  to: PositionSelector | null;
};

export type SourceCorrection = {
  sourceId: string;
  version: number;
  textVersion: number;
  textSha256: string;
  results: ExcerptReanchoring[];
};

const CORRECT_TEXT = "source.correctText";

type Ctx = MutationContext<z.infer<typeof correctSourceTextSchema>>;
type NewText = { text: string; textVersion: number; textSha256: string };

/**
 * Replaces a source's text with a corrected one, keeping the old text (and its
 * hash) as a revision, then re-anchors every excerpt of the source against the new
 * text. An excerpt that cannot be found again becomes ORPHANED: it keeps its quote,
 * offsets and the text version it was made against, and stays cited.
 */
export async function correctSourceText(caller: Caller | null, workspace: string, input: unknown): Promise<SourceCorrection> {
  const planned = await planReanchoring(caller, workspace, input);
  return mutate(caller, workspace, { action: CORRECT_TEXT, permission: "edit", schema: correctSourceTextSchema }, input, async (ctx) => {
    const { sourceId, version, text, note } = ctx.input;
    const source = await ctx.tx.source.findFirst({
      where: { id: sourceId, workspaceId: ctx.workspaceId },
      select: { id: true, text: true, textSha256: true, textVersion: true, version: true },
    });
    if (!source) throw AppError.notFound("Source");
    if (source.version !== version) throw AppError.conflict("This source");
    if (text === source.text) {
      throw new AppError("INVALID", "text: is the same as the current text", { text: ["is the same as the current text"] });
    }
    const next: NewText = { text, textVersion: source.textVersion + 1, textSha256: sha256Hex(text) };
    // The guarded update comes first: it locks the row, so a concurrent correction waits and then gets CONFLICT.
    const { count } = await ctx.tx.source.updateMany({
      where: { id: sourceId, workspaceId: ctx.workspaceId, version },
      data: { text, textSha256: next.textSha256, textVersion: next.textVersion, version: { increment: 1 } },
    });
    assertVersion(count, "This source");
    const revision = await ctx.tx.sourceRevision.create({
      data: {
        workspaceId: ctx.workspaceId,
        sourceId,
        textVersion: source.textVersion,
        text: source.text,
        textSha256: source.textSha256,
        note: note ?? "",
        createdById: ctx.userId,
      },
      select: { id: true },
    });
    await ctx.audit("Source", sourceId, {
      before: { textVersion: source.textVersion, textSha256: source.textSha256, version },
      after: { textVersion: next.textVersion, textSha256: next.textSha256, version: version + 1, revisionId: revision.id, note },
    });

    const excerpts = await ctx.tx.excerpt.findMany({
      where: { workspaceId: ctx.workspaceId, sourceId },
      orderBy: [{ start: "asc" }, { id: "asc" }],
    });
    const reanchored = excerpts.map((excerpt) => {
      const plan = planned.textVersion === next.textVersion ? planned.excerpts.get(excerpt.id) : undefined;
      return plan && unchangedSince(plan.excerpt, excerpt) ? plan : reanchorExcerpt(excerpt, next);
    });
    await saveAnchors(ctx, reanchored.flatMap(({ excerpt, anchor }) => (anchor ? [{ excerpt, anchor }] : [])));
    const results = reanchored.map((each) => each.result);
    return { sourceId, version: version + 1, textVersion: next.textVersion, textSha256: next.textSha256, results };
  });
}

type Anchor = Pick<Excerpt, "start" | "end" | "exact" | "prefix" | "suffix" | "textVersion" | "textSha256" | "anchorStatus" | "anchorScore">;
type Reanchored = { excerpt: Excerpt; result: ExcerptReanchoring; anchor?: Anchor };

/** Where the excerpt is in the new text, and what to store (nothing for an orphan that stays one). */
function reanchorExcerpt(excerpt: Excerpt, next: NewText): Reanchored {
  const found = reanchor(next.text, excerpt);
  const from = { start: excerpt.start, end: excerpt.end };
  if (found.status === "ORPHANED") {
    // Quote, offsets, version and hash stay as they were: they still prove what was cited.
    // An orphan has no anchor to score, so one that stays an orphan is not rewritten.
    const result = { excerptId: excerpt.id, status: found.status, score: found.score, from, to: null };
    const anchor = excerpt.anchorStatus === "ORPHANED" ? undefined : { ...anchorOf(excerpt), anchorStatus: found.status, anchorScore: null };
    return { excerpt, result, anchor };
  }
  const to = { start: found.start, end: found.end };
  const anchor = { ...to, ...quoteAt(next.text, to), textVersion: next.textVersion, textSha256: next.textSha256, anchorStatus: found.status, anchorScore: found.score };
  return { excerpt, result: { excerptId: excerpt.id, status: found.status, score: found.score, from, to }, anchor };
}

/**
 * Re-anchoring is CPU work that a correction of hundreds of excerpts should not do
 * while holding the source's row lock, within the transaction's time limit: it is
 * done first, from a snapshot, and the transaction redoes only excerpts changed since.
 */
async function planReanchoring(caller: Caller | null, workspace: string, input: unknown) {
  const none = { textVersion: 0, excerpts: new Map<string, Reanchored>() };
  const { workspaceId } = await requireMember(caller, workspace, "edit");
  const parsed = correctSourceTextSchema.safeParse(input);
  if (!parsed.success) return none; // mutate reports why
  const { sourceId, text } = parsed.data;
  const source = await db.source.findFirst({ where: { id: sourceId, workspaceId }, select: { textVersion: true } });
  if (!source) return none;
  const next = { text, textVersion: source.textVersion + 1, textSha256: sha256Hex(text) };
  const excerpts = await db.excerpt.findMany({ where: { workspaceId, sourceId } });
  return { textVersion: next.textVersion, excerpts: new Map(excerpts.map((excerpt) => [excerpt.id, reanchorExcerpt(excerpt, next)])) };
}

function unchangedSince(planned: Excerpt, current: Excerpt) {
  return planned.version === current.version && JSON.stringify(anchorOf(planned)) === JSON.stringify(anchorOf(current));
}

function anchorOf({ start, end, exact, prefix, suffix, textVersion, textSha256, anchorStatus, anchorScore }: Excerpt): Anchor {
  return { start, end, exact, prefix, suffix, textVersion, textSha256, anchorStatus, anchorScore };
}

const ROWS_PER_STATEMENT = 500;

/**
 * Stores the new anchors and one audit row per excerpt, a few statements in all:
 * a correction can touch hundreds of excerpts, and a round trip for each would
 * outlast the transaction's time limit. Each row is still guarded by its version.
 */
async function saveAnchors(ctx: Ctx, reanchored: { excerpt: Excerpt; anchor: Anchor }[]) {
  if (!reanchored.length) return;
  for (let at = 0; at < reanchored.length; at += ROWS_PER_STATEMENT) {
    const batch = reanchored.slice(at, at + ROWS_PER_STATEMENT);
    const rows = batch.map(
      ({ excerpt, anchor: a }) =>
        Prisma.sql`(${excerpt.id}, ${excerpt.version}::int, ${a.start}::int, ${a.end}::int, ${a.exact}, ${a.prefix}, ${a.suffix},
          ${a.textVersion}::int, ${a.textSha256}, ${a.anchorStatus}::"AnchorStatus", ${a.anchorScore}::float8)`,
    );
    const updated = await ctx.tx.$executeRaw`
      UPDATE "Excerpt" AS e SET "start" = v."start", "end" = v."end", "exact" = v."exact", "prefix" = v."prefix", "suffix" = v."suffix",
        "textVersion" = v."textVersion", "textSha256" = v."textSha256", "anchorStatus" = v."anchorStatus", "anchorScore" = v."anchorScore",
        "version" = e."version" + 1, "updatedAt" = now() AT TIME ZONE 'UTC'
      FROM (VALUES ${Prisma.join(rows)}) AS v("id", "version", "start", "end", "exact", "prefix", "suffix", "textVersion", "textSha256", "anchorStatus", "anchorScore")
      WHERE e."id" = v."id" AND e."workspaceId" = ${ctx.workspaceId} AND e."version" = v."version"`;
    assertVersion(updated === batch.length ? 1 : 0, "An excerpt of this source");
  }
  await ctx.tx.auditEvent.createMany({
    data: reanchored.map(({ excerpt, anchor }) => ({
      workspaceId: ctx.workspaceId,
      userId: ctx.userId,
      action: CORRECT_TEXT,
      entityType: "Excerpt",
      entityId: excerpt.id,
      before: anchorOf(excerpt),
      after: anchor,
    })),
  });
}

/** The earlier texts of a source, newest first, each with its hash and the note on why it was replaced. */
export async function listSourceRevisions(caller: Caller | null, workspace: string, sourceId: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const source = await db.source.findFirst({ where: { id: sourceId, workspaceId }, select: { id: true } });
  if (!source) throw AppError.notFound("Source");
  return db.sourceRevision.findMany({ where: { workspaceId, sourceId }, orderBy: { textVersion: "desc" } });
}

const orphanFilterSchema = z.object({ sourceId: id.optional() });

/**
 * Excerpts that could not be re-anchored after a correction, with their source and
 * every claim that cites them (as an appearance or as evidence), so none is lost.
 */
export async function listOrphanedExcerpts(caller: Caller | null, workspace: string, filter: { sourceId?: string } = {}) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const parsed = orphanFilterSchema.safeParse(filter);
  if (!parsed.success) throw AppError.invalid(parsed.error);
  const { sourceId } = parsed.data;
  if (sourceId && !(await db.source.findFirst({ where: { id: sourceId, workspaceId }, select: { id: true } }))) {
    throw AppError.notFound("Source");
  }
  return db.excerpt.findMany({
    where: { workspaceId, anchorStatus: "ORPHANED", ...(sourceId ? { sourceId } : {}) },
    orderBy: [{ sourceId: "asc" }, { start: "asc" }, { id: "asc" }],
    include: {
      source: { select: { id: true, title: true, textVersion: true } },
      appearances: { select: { claim: { select: { id: true, statement: true } } } },
      evidenceLinks: { select: { id: true, stance: true, claim: { select: { id: true, statement: true } } } },
    },
  });
}
