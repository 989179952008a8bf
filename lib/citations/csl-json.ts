import type { DatePrecision, SourceKind } from "../db/generated/enums";

/** The CSL-JSON fields this app writes (what citeproc and Zotero read). */
export type CslItem = {
  id: string;
  type: string;
  title: string;
  author?: { literal: string }[];
  "container-title"?: string;
  publisher?: string;
  issued?: { "date-parts": number[][]; circa?: boolean };
  accessed?: { "date-parts": number[][] };
  URL?: string;
  archive?: string;
  archive_location?: string;
  language?: string;
  note?: string;
};

/** What a citation needs to know about a source. */
export type CitableSource = {
  id: string;
  title: string;
  publisher: string;
  authors: string[];
  publishedAt: Date | null;
  publishedPrecision: DatePrecision | null;
  url: string | null;
  archiveUrl: string | null;
  accessedAt: Date | null;
  language: string;
  kind: SourceKind;
};

/** The passage a citation quotes, and the text it was made against. */
export type CitedPassage = { exact: string; textVersion: number; textSha256: string };

const cslType: Record<SourceKind, string> = {
  ARTICLE: "article-newspaper",
  REPORT: "report",
  STATEMENT: "speech",
  SOCIAL_POST: "post",
  TRANSCRIPT: "interview",
  DATASET: "dataset",
  OTHER: "document",
};

/** CSL date-parts as precise as the date is known: a MONTH date has no day, an ABOUT date is circa. */
export function dateParts(date: Date, precision: DatePrecision | null): { "date-parts": number[][]; circa?: boolean } {
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  switch (precision ?? "DAY") {
    case "DAY":
      return { "date-parts": [[y, m, d]] };
    case "MONTH":
      return { "date-parts": [[y, m]] };
    case "YEAR":
      return { "date-parts": [[y]] };
    case "ABOUT":
      return { "date-parts": [[y, m]], circa: true };
  }
}

/** "text v2, sha256 3f1a…" — which text a quote was taken from. */
export function textVersionNote(passage: CitedPassage): string {
  return `text v${passage.textVersion}, sha256 ${passage.textSha256}`;
}

/**
 * A source as a CSL-JSON item. With a passage, the item is that citation: its id
 * names the excerpt and its note carries the quoted words and the text version.
 */
export function toCslItem(source: CitableSource, passage?: CitedPassage & { id: string }): CslItem {
  const item: CslItem = { id: passage?.id ?? source.id, type: cslType[source.kind], title: source.title, language: source.language };
  // Organisations publish most of this corpus unsigned: the publisher stands as author then.
  if (source.authors.length) item.author = source.authors.map((literal) => ({ literal }));
  if (source.publisher) item["container-title"] = source.publisher;
  if (source.publishedAt) item.issued = dateParts(source.publishedAt, source.publishedPrecision);
  if (source.accessedAt) item.accessed = dateParts(source.accessedAt, "DAY");
  if (source.url) item.URL = source.url;
  if (source.archiveUrl) {
    item.archive = archiveName(source.archiveUrl);
    item.archive_location = source.archiveUrl;
  }
  if (passage) item.note = `Quoted: “${passage.exact}” (${textVersionNote(passage)})`;
  return item;
}

function archiveName(url: string): string {
  try {
    const host = new URL(url).hostname;
    if (host.endsWith("archive.org")) return "Internet Archive";
    if (/^archive\.(ph|today|is|li|md|vn)$/.test(host)) return "archive.today";
    return host;
  } catch {
    return "Web archive";
  }
}
