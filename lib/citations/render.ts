import { Cite } from "@citation-js/core";
import type { CslItem } from "./csl-json";
import { ensureStyles, type CitationStyleId } from "./styles";

/**
 * Citations formatted by citeproc-js (through citation-js). The archive and note
 * fields are left out of what citeproc formats: styles print archive_location as
 * a place ("Https://…") and the note would repeat the quote that the memo shows
 * beside each citation itself.
 */
function forFormatting(item: CslItem) {
  const { archive: _archive, archive_location: _location, note: _note, ...rest } = item;
  return rest;
}

// citeproc takes ~50 ms per call; a memo cites the same few sources many times,
// and a preview re-renders them on every save. The formatted text depends only on
// the source's fields and the style, so it is kept per process (bounded).
const cache = new Map<string, string>();
const CACHE_LIMIT = 5000;
function cached(kind: string, item: CslItem, style: CitationStyleId, render: (input: object) => string): string {
  const { id: _id, ...fields } = forFormatting(item);
  const key = `${kind}|${style}|${JSON.stringify(fields)}`;
  let value = cache.get(key);
  if (value === undefined) {
    ensureStyles();
    value = clean(render({ id: "item", ...fields }));
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, value);
  }
  return value;
}

const clean = (text: string) => text.replace(/\s+/g, " ").trim();

/** The full reference (a bibliography entry; the first note of a notes style reads the same). */
export function formatReference(item: CslItem, style: CitationStyleId): string {
  return cached("reference", item, style, (input) => new Cite([input]).format("bibliography", { format: "text", template: style, lang: "en-US" }));
}

/** The in-text form: "(Baloch 2023)" in author-date styles, the short note in Chicago notes. */
export function formatInText(item: CslItem, style: CitationStyleId): string {
  return cached("in-text", item, style, (input) => new Cite([input]).format("citation", { format: "text", template: style, lang: "en-US" }));
}

/** A sorted bibliography, one entry per line, as the style orders it. */
export function formatBibliography(items: CslItem[], style: CitationStyleId): string[] {
  if (!items.length) return [];
  ensureStyles();
  const text = new Cite(items.map(forFormatting)).format("bibliography", { format: "text", template: style, lang: "en-US" });
  return text.split("\n").map(clean).filter(Boolean);
}

export function toBibtex(items: CslItem[]): string {
  ensureStyles();
  return items.length ? new Cite(items).format("bibtex") : "";
}

export function toRis(items: CslItem[]): string {
  ensureStyles();
  return items.length ? new Cite(items).format("ris") : "";
}
