import "server-only";
import { z } from "zod";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { AppError } from "../errors";
import { scaleLabel } from "../ratings/scales";
import { countIndependentOrigins } from "../sources/origins";
import { citedExcerpts, loadMemoMaterial } from "./load-material";
import { buildCitations } from "./memo-citations";
import { buildMemoDocument, type MemoDocument } from "./memo-document";
import { memoContentSchema } from "./schemas";

const revisionBodySchema = z.object({
  content: memoContentSchema,
  citations: z.array(z.object({ excerptId: z.string(), sourceId: z.string(), textVersion: z.number(), textSha256: z.string() })),
});

export function parseRevisionBody(body: unknown) {
  return revisionBodySchema.parse(body);
}

export async function listMemos(caller: Caller | null, workspace: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  return db.memo.findMany({ where: { workspaceId }, orderBy: { updatedAt: "desc" } });
}

/** A memo with its latest content and the list of its versions, newest first. */
export async function getMemo(caller: Caller | null, workspace: string, memoId: string, revision?: number) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const memo = await db.memo.findFirst({
    where: { id: memoId, workspaceId },
    include: { revisions: { orderBy: { number: "desc" }, select: { number: true, createdAt: true, createdById: true } } },
  });
  if (!memo) throw AppError.notFound("Memo");
  const number = revision ?? memo.version;
  const row = await db.memoRevision.findFirst({ where: { memoId, workspaceId, number } });
  if (!row) throw AppError.notFound("Memo version");
  const authors = await db.user.findMany({ where: { id: { in: [...new Set(memo.revisions.map((r) => r.createdById))] } }, select: { id: true, name: true } });
  const names = new Map(authors.map((a) => [a.id, a.name]));
  const body = parseRevisionBody(row.body);
  return {
    memo,
    revision: number,
    content: body.content,
    savedCitations: body.citations,
    versions: memo.revisions.map((r) => ({ number: r.number, createdAt: r.createdAt, author: names.get(r.createdById) ?? "former member" })),
  };
}

/** The disputes and review judgments a memo can be built from. */
export async function memoChoices(caller: Caller | null, workspace: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const [disputes, judgments] = await Promise.all([
    db.dispute.findMany({ where: { workspaceId }, orderBy: { updatedAt: "desc" }, select: { id: true, proposition: true, status: true } }),
    db.judgment.findMany({ where: { workspaceId }, orderBy: { createdAt: "desc" }, select: { id: true, statement: true, likelihood: true, confidence: true, disputeId: true, claimId: true } }),
  ]);
  return {
    disputes,
    judgments: judgments.map((j) => ({ ...j, label: `${j.statement} — ${scaleLabel("LIKELIHOOD", j.likelihood)}; ${scaleLabel("CONFIDENCE", j.confidence)}` })),
  };
}

/**
 * The memo as a document, ready to preview or export: one version's content
 * assembled with the current evidence, its citations formatted in the memo's
 * style, and every orphaned or changed quote flagged.
 */
export async function assembleMemo(
  caller: Caller | null,
  workspace: string,
  memoId: string,
  options: { revision?: number; baseUrl?: string; exportedAt?: Date } = {},
): Promise<MemoDocument> {
  const { workspaceId, workspace: ws } = await requireMember(caller, workspace, "read");
  const { memo, revision, content, savedCitations } = await getMemo(caller, workspace, memoId, options.revision);
  const material = await loadMemoMaterial(db, workspaceId, content);
  const excerpts = citedExcerpts(material);
  const { citations, bibliography } = buildCitations(excerpts, { style: content.citationStyle, baseUrl: options.baseUrl ?? "", slug: ws.slug, saved: savedCitations });

  const sourceIds = [...new Set(excerpts.map((e) => e.sourceId))];
  const userIds = new Set<string>();
  for (const d of material.disputes) for (const c of d.claims) c.claim.ratings.forEach((r) => userIds.add(r.raterId));
  for (const j of material.judgments) j.dissents.forEach((d) => userIds.add(d.authorId));
  const [users, ratings, derivations, origins] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true } }),
    db.rating.findMany({ where: { workspaceId, sourceId: { in: sourceIds }, scale: "SOURCE_RELIABILITY", current: true, reviewItemId: null } }),
    db.sourceDerivation.findMany({ where: { workspaceId }, select: { sourceId: true, originId: true, origin: { select: { title: true } } } }),
    countIndependentOrigins(workspaceId, sourceIds),
  ]);
  const names = new Map(users.map((u) => [u.id, u.name]));
  const parent = new Map(derivations.map((d) => [d.sourceId, d]));
  const rootOf = (id: string) => {
    let current = parent.get(id);
    const seen = new Set<string>();
    while (current && parent.has(current.originId) && !seen.has(current.originId)) {
      seen.add(current.originId);
      current = parent.get(current.originId);
    }
    return current ? { title: current.origin.title } : null;
  };

  return buildMemoDocument(memo.title, content, material, {
    memoId: memo.id,
    version: revision,
    workspace: ws.name,
    exportedAt: options.exportedAt ?? new Date(),
    citations,
    bibliography,
    userName: (id) => names.get(id) ?? "former member",
    reliability: (sourceId) => {
      const rows = ratings.filter((r) => r.sourceId === sourceId);
      if (!rows.length) return "not rated";
      return rows.map((r) => `${r.value} — ${scaleLabel("SOURCE_RELIABILITY", r.value)}`).join("; ") + ` (${rows.length} rating${rows.length === 1 ? "" : "s"})`;
    },
    originOf: rootOf,
    originSummary: (ids) => origins.summarise(ids),
  });
}
