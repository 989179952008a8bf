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
