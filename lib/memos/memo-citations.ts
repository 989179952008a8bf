import { toCslItem, textVersionNote, type CslItem } from "../citations/csl-json";
import { formatBibliography, formatInText, formatReference } from "../citations/render";
import type { CitationStyleId } from "../citations/styles";
import { formatDate } from "../dates";
import type { MaterialExcerpt } from "./load-material";
import { quoteFlag, type QuoteFlag } from "./quote-flags";

/** One quoted passage as the memo cites it. */
export type MemoCitation = {
  n: number;
  excerptId: string;
  sourceId: string;
  exact: string;
  sourceTitle: string;
  publisher: string;
  url: string | null;
  archiveUrl: string | null;
  accessed: string | null;
  textVersion: number;
  textSha256: string;
  /** The style's full reference for the source. */
  reference: string;
  /** "(Baloch 2023)" in author-date styles; the short note in Chicago notes. */
  inText: string;
  /** The reference, the quoted words, where to find it and which text it was made against, in one line. */
  note: string;
  permalink: string;
  flag: QuoteFlag | null;
  csl: CslItem;
};

/** What a saved memo version recorded about each citation (MemoRevision.body.citations). */
export type SavedCitation = { excerptId: string; sourceId: string; textVersion: number; textSha256: string };

export function savedCitations(excerpts: MaterialExcerpt[]): SavedCitation[] {
  return excerpts.map((e) => ({ excerptId: e.id, sourceId: e.sourceId, textVersion: e.textVersion, textSha256: e.textSha256 }));
}

export function buildCitations(
  excerpts: MaterialExcerpt[],
  options: { style: CitationStyleId; baseUrl: string; slug: string; saved: SavedCitation[] },
): { citations: MemoCitation[]; bibliography: string[]; cslItems: CslItem[] } {
  const saved = new Map(options.saved.map((s) => [s.excerptId, s]));
  const citations = excerpts.map((e, index): MemoCitation => {
    const csl = toCslItem(e.source, { id: e.id, exact: e.exact, textVersion: e.textVersion, textSha256: e.textSha256 });
    const reference = formatReference(csl, options.style);
    const accessed = e.source.accessedAt ? formatDate(e.source.accessedAt, "DAY") : null;
    const permalink = `${options.baseUrl}/w/${options.slug}/passages/${e.id}`;
    const where = [
      e.source.url ? `URL: ${e.source.url}` : null,
      e.source.archiveUrl ? `Archived: ${e.source.archiveUrl}` : null,
      accessed ? `Accessed ${accessed}` : null,
      textVersionNote(e),
    ].filter(Boolean);
    return {
      n: index + 1,
      excerptId: e.id,
      sourceId: e.sourceId,
      exact: e.exact,
      sourceTitle: e.source.title,
      publisher: e.source.publisher,
      url: e.source.url,
      archiveUrl: e.source.archiveUrl,
      accessed,
      textVersion: e.textVersion,
      textSha256: e.textSha256,
      reference,
      inText: formatInText(csl, options.style),
      note: `${reference} Quoted: “${e.exact}” ${where.join(". ")}.`,
      permalink,
      flag: quoteFlag({
        anchorStatus: e.anchorStatus,
        excerptSha256: e.textSha256,
        sourceSha256: e.source.textSha256,
        sourceVersion: e.source.textVersion,
        savedSha256: saved.get(e.id)?.textSha256,
      }),
      csl,
    };
  });
  // The bibliography lists each source once, as the style sorts it.
  const bySource = new Map(excerpts.map((e) => [e.sourceId, toCslItem(e.source)]));
  const cslItems = citations.map((c) => c.csl);
  return { citations, bibliography: formatBibliography([...bySource.values()], options.style), cslItems };
}
