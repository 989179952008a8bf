import { plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import chicagoNote from "@citation/csl-style-chicago-note-bibliography";
import chicagoAuthorDate from "style-chicago";

export * from "./styles-list";

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
