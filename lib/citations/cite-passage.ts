import "server-only";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { AppError } from "../errors";
import { toCslItem, textVersionNote } from "./csl-json";
import { formatInText, formatReference } from "./render";
import { DEFAULT_CITATION_STYLE, isCitationStyle, styleInfo } from "./styles";

/**
 * One passage with its source, and "cite this" in the chosen style: the reference,
 * the in-text form, and a full note carrying the quoted words, the URL and archive,
 * the access date and the text version the passage was taken from.
 */
export async function citePassage(caller: Caller | null, workspace: string, excerptId: string, style?: string | null) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const excerpt = await db.excerpt.findFirst({ where: { id: excerptId, workspaceId }, include: { source: true } });
  if (!excerpt) throw AppError.notFound("Passage");
  const chosen = style && isCitationStyle(style) ? style : DEFAULT_CITATION_STYLE;
  const csl = toCslItem(excerpt.source, { id: excerpt.id, exact: excerpt.exact, textVersion: excerpt.textVersion, textSha256: excerpt.textSha256 });
  const reference = formatReference(csl, chosen);
  const accessed = excerpt.source.accessedAt ? `Accessed ${excerpt.source.accessedAt.toISOString().slice(0, 10)}.` : "";
  const extras = [excerpt.source.archiveUrl ? `Archived: ${excerpt.source.archiveUrl}.` : "", accessed, `${textVersionNote(excerpt)}.`].filter(Boolean).join(" ");
  return {
    excerpt,
    source: excerpt.source,
    style: styleInfo(chosen),
    cite: { reference, inText: formatInText(csl, chosen), full: `${reference} Quoted: “${excerpt.exact}” ${extras}`, csl },
  };
}
