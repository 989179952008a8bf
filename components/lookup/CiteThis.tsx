import { citationStyles, type CitationStyleId } from "@/lib/citations/styles-list";
import styles from "./lookup.module.css";

type Cite = { reference: string; inText: string; full: string };

/** "Cite this": the passage's citation in a chosen style, ready to copy. A plain GET form picks the style. */
export function CiteThis({ styleId, cite }: { styleId: CitationStyleId; cite: Cite }) {
  return (
    <section className={`panel ${styles.citeBox}`} aria-labelledby="cite-heading">
      <h2 id="cite-heading">Cite this</h2>
      <form method="get" className="inline-form">
        <label htmlFor="cite-style" className="sr-only">
          Citation style
        </label>
        <select id="cite-style" name="style" defaultValue={styleId}>
          {citationStyles.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
        <button type="submit" className="secondary">
          Show
        </button>
      </form>
      <div className="field">
        <label htmlFor="cite-full">Citation with the quoted words</label>
        <textarea id="cite-full" readOnly value={cite.full} dir="auto" />
      </div>
      <div className="field">
        <label htmlFor="cite-short">In the text</label>
        <input id="cite-short" readOnly value={cite.inText} />
      </div>
    </section>
  );
}
