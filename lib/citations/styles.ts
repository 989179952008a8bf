import { plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import chicagoNote from "@citation/csl-style-chicago-note-bibliography";
import chicagoAuthorDate from "style-chicago";

/**
 * The citation styles a memo can use. APA ships with @citation-js/plugin-csl; the
 * two Chicago styles are the official CSL styles from npm packages (the notes style
 * as CSL XML, the author-date style as citeproc-js's parsed JSON form of the same XML).
 */
export const citationStyles = [
  { id: "chicago-note-bibliography", label: "Chicago (notes and bibliography)", kind: "note" },
  { id: "chicago-author-date", label: "Chicago (author-date)", kind: "author-date" },
  { id: "apa", label: "APA (7th edition)", kind: "author-date" },
] as const;

export type CitationStyleId = (typeof citationStyles)[number]["id"];
export const citationStyleIds = citationStyles.map((s) => s.id) as [CitationStyleId, ...CitationStyleId[]];
export const DEFAULT_CITATION_STYLE: CitationStyleId = "chicago-note-bibliography";

export function isCitationStyle(value: string): value is CitationStyleId {
  return citationStyles.some((s) => s.id === value);
}

export function styleInfo(id: CitationStyleId) {
  return citationStyles.find((s) => s.id === id)!;
}

type CslStyleRegistry = { has: (name: string) => boolean; add: (name: string, style: unknown) => void };
let registered = false;

/** Adds the Chicago styles to citation-js's registry once per process. */
export function ensureStyles() {
  if (registered) return;
  const styles = (plugins.config.get("@csl") as { styles: CslStyleRegistry }).styles;
  const note = (chicagoNote as unknown as { default?: { content: string }; content?: string });
  if (!styles.has("chicago-note-bibliography")) styles.add("chicago-note-bibliography", note.default?.content ?? note.content);
  if (!styles.has("chicago-author-date")) styles.add("chicago-author-date", chicagoAuthorDate);
  registered = true;
}
