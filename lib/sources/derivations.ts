import "server-only";
import { z } from "zod";
import { mutate } from "../actions/mutate";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { AppError } from "../errors";
import { CHOICES } from "../search/choices";
import { id, optionalText } from "../schemas";
import { ancestorsOf } from "./origins";

export const derivationKinds = ["WIRE_COPY", "QUOTES", "TRANSLATION_OF", "SUMMARISES"] as const;
export const derivationKindLabels: Record<(typeof derivationKinds)[number], string> = {
  WIRE_COPY: "wire copy of",
  QUOTES: "quotes",
  TRANSLATION_OF: "translation of",
  SUMMARISES: "summarises",
};

export const markDerivedSchema = z.object({
  sourceId: id,
  originId: id,
  kind: z.enum(derivationKinds, { error: "choose how the source derives from the other" }),
  note: optionalText(1000),
});

const removeDerivationSchema = z.object({ id });

const invalid = (field: string, message: string) => new AppError("INVALID", message, { [field]: [message] });

/**
 * Marks `sourceId` as derived from `originId` (a wire copy, quotation, translation
 * or summary of it); marking the same pair again changes its kind and note.
 * Refuses a source derived from itself and any mark that would close a cycle.
 */
export async function markDerived(caller: Caller | null, workspace: string, rawInput: unknown) {
  return mutate(caller, workspace, { action: "source.markDerived", permission: "edit", schema: markDerivedSchema }, rawInput, async (ctx) => {
    const { sourceId, originId, kind } = ctx.input;
    const note = ctx.input.note ?? "";
    if (sourceId === originId) throw invalid("originId", "A source cannot derive from itself");
    // One derivation change at a time per workspace, so two opposite marks cannot both pass the cycle check.
    await ctx.tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`derivations:${ctx.workspaceId}`}, 0))`;
    const found = await ctx.tx.source.findMany({ where: { workspaceId: ctx.workspaceId, id: { in: [sourceId, originId] } }, select: { id: true, title: true } });
    if (found.length !== 2) throw AppError.notFound("Source");
    if ((await ancestorsOf(ctx.tx, ctx.workspaceId, originId)).has(sourceId)) {
      throw invalid("originId", "That source already derives from this one; marking it would make a circle");
    }
    const existing = await ctx.tx.sourceDerivation.findUnique({ where: { sourceId_originId: { sourceId, originId } } });
    if (existing) {
      if (existing.kind === kind && existing.note === note) {
        ctx.unchanged();
        return existing;
      }
      const updated = await ctx.tx.sourceDerivation.update({ where: { id: existing.id }, data: { kind, note } });
      await ctx.audit("SourceDerivation", updated.id, { before: existing, after: updated });
      return updated;
    }
    const created = await ctx.tx.sourceDerivation.create({ data: { workspaceId: ctx.workspaceId, sourceId, originId, kind, note } });
    await ctx.audit("SourceDerivation", created.id, { after: created });
    return created;
  });
}

export async function removeDerivation(caller: Caller | null, workspace: string, rawInput: unknown) {
  return mutate(caller, workspace, { action: "source.removeDerivation", permission: "edit", schema: removeDerivationSchema }, rawInput, async (ctx) => {
    const existing = await ctx.tx.sourceDerivation.findFirst({ where: { id: ctx.input.id, workspaceId: ctx.workspaceId } });
    if (!existing) throw AppError.notFound("Derivation");
    await ctx.tx.sourceDerivation.delete({ where: { id: existing.id } });
    await ctx.audit("SourceDerivation", existing.id, { before: existing });
    return { id: existing.id };
  });
}

/** What a source derives from, what derives from it, and the sources it could be marked against. */
export async function sourceProvenance(caller: Caller | null, workspace: string, sourceId: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const source = await db.source.findFirst({ where: { id: sourceId, workspaceId }, select: { id: true } });
  if (!source) throw AppError.notFound("Source");
  const brief = { select: { id: true, title: true, publisher: true } } as const;
  const [derivedFrom, copies, others] = await Promise.all([
    db.sourceDerivation.findMany({ where: { workspaceId, sourceId }, include: { origin: brief }, orderBy: { createdAt: "asc" } }),
    db.sourceDerivation.findMany({ where: { workspaceId, originId: sourceId }, include: { source: brief }, orderBy: { createdAt: "asc" } }),
    // The latest few (the picker finds the rest by their words: lib/search/choices.ts).
    db.source.findMany({ where: { workspaceId, id: { not: sourceId } }, select: { id: true, title: true, publisher: true }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: CHOICES }),
  ]);
  return { derivedFrom, copies, others };
}

export type SourceProvenanceData = Awaited<ReturnType<typeof sourceProvenance>>;
