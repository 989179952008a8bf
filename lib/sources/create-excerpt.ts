import "server-only";
import { mutate } from "../actions/mutate";
import type { Caller } from "../auth/caller";
import { AppError } from "../errors";
import { quoteAt, splitsCharacter } from "../text/anchor";
import { createExcerptSchema } from "./schemas";

/**
 * Anchors a passage of a source's current text by position and by quote (W3C
 * selectors), recording the text version and hash it was made against. If the
 * client says what it saw (`exact`, `textSha256`) and the stored text no longer
 * matches, the request is refused rather than anchoring the wrong words.
 */
export async function createExcerpt(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "excerpt.create", permission: "edit", schema: createExcerptSchema }, input, async (ctx) => {
    const { sourceId, start, end, note } = ctx.input;
    // Share-lock the source row before reading its text: a correction holds the row
    // until it has re-anchored every excerpt, so without the lock an excerpt could be
    // anchored to the old text after the correction has read the list it re-anchors.
    // Waiting here, this statement and the read below see the corrected text.
    await ctx.tx.$queryRaw`SELECT 1 FROM "Source" WHERE "id" = ${sourceId} AND "workspaceId" = ${ctx.workspaceId} FOR SHARE`;
    const source = await ctx.tx.source.findFirst({
      where: { id: sourceId, workspaceId: ctx.workspaceId },
      select: { id: true, text: true, textSha256: true, textVersion: true },
    });
    if (!source) throw AppError.notFound("Source");
    if (ctx.input.textSha256 && ctx.input.textSha256 !== source.textSha256) {
      throw AppError.conflict("The text of this source");
    }
    if (end > source.text.length) {
      throw new AppError("INVALID", `end: must be at most ${source.text.length}, the length of the text`, {
        end: [`must be at most ${source.text.length}`],
      });
    }
    for (const [field, offset] of [["start", start], ["end", end]] as const) {
      if (splitsCharacter(source.text, offset)) {
        throw new AppError("INVALID", `${field}: falls inside a character (an emoji or other symbol of two code units)`, {
          [field]: ["falls inside a character (an emoji or other symbol of two code units)"],
        });
      }
    }
    const quote = quoteAt(source.text, { start, end });
    if (ctx.input.exact !== undefined && ctx.input.exact !== quote.exact) {
      throw new AppError("INVALID", "exact: does not match the text at these offsets", { exact: ["does not match the text at these offsets"] });
    }
    const excerpt = await ctx.tx.excerpt.create({
      data: {
        workspaceId: ctx.workspaceId,
        sourceId,
        start,
        end,
        ...quote,
        textVersion: source.textVersion,
        textSha256: source.textSha256,
        note: note ?? "",
        createdById: ctx.userId,
      },
    });
    await ctx.audit("Excerpt", excerpt.id, { after: excerpt });
    return excerpt;
  });
}
