import "server-only";
import { assertVersion, mutate } from "../actions/mutate";
import type { Caller } from "../auth/caller";
import { sha256Hex } from "../text/anchor";
import { createSourceSchema, updateSourceSchema } from "./schemas";
import { AppError } from "../errors";

/**
 * Stores a source with its text exactly as given and the text's SHA-256.
 * If the same text is already in the workspace, that source is returned instead
 * (`duplicate: true`) and nothing is written.
 */
export async function createSource(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "source.create", permission: "edit", schema: createSourceSchema }, input, async (ctx) => {
    const textSha256 = sha256Hex(ctx.input.text);
    const existing = await ctx.tx.source.findFirst({
      where: { workspaceId: ctx.workspaceId, textSha256 },
      select: { id: true, title: true },
    });
    if (existing) {
      ctx.unchanged();
      return { source: existing, duplicate: true as const };
    }
    const source = await ctx.tx.source.create({
      data: { ...ctx.input, textSha256, workspaceId: ctx.workspaceId, createdById: ctx.userId, attribution: ctx.input.attribution ?? "", publisher: ctx.input.publisher ?? "" },
      select: { id: true, title: true },
    });
    await ctx.audit("Source", source.id, { after: { ...ctx.input, text: undefined, textSha256 } });
    return { source, duplicate: false as const };
  });
}

/** Changes a source's metadata (never its text) if nobody changed it since `version`. */
export async function updateSourceMetadata(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "source.update", permission: "edit", schema: updateSourceSchema }, input, async (ctx) => {
    const { id, version, ...fields } = ctx.input;
    const before = await ctx.tx.source.findFirst({ where: { id, workspaceId: ctx.workspaceId }, omit: { text: true } });
    if (!before) throw AppError.notFound("Source");
    const data = { ...fields, publisher: fields.publisher ?? "", attribution: fields.attribution ?? "" };
    const { count } = await ctx.tx.source.updateMany({
      where: { id, workspaceId: ctx.workspaceId, version },
      data: { ...data, version: { increment: 1 } },
    });
    assertVersion(count, "This source");
    await ctx.audit("Source", id, { before, after: data });
    return { id, version: version + 1 };
  });
}
