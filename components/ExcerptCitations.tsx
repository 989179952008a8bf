import styles from "./reader.module.css";
import { AnchorNote } from "./sources/AnchorNote";
import type { AnchorState } from "./sources/anchor-words";

export type Citation = { claimId: string; statement: string; relation: "APPEARS" | "SUPPORTS" | "CONTRADICTS" | "CONTEXT"; note: string };
export type ReaderExcerpt = { id: string; start: number; end: number; exact: string; citations: Citation[]; anchor?: AnchorState };

const relationLabels: Record<Citation["relation"], { label: string; badge: string }> = {
  APPEARS: { label: "Claim appears here", badge: "" },
  SUPPORTS: { label: "Supports", badge: "affirm" },
  CONTRADICTS: { label: "Contradicts", badge: "dispute" },
  CONTEXT: { label: "Context for", badge: "context" },
};

/** Which claims cite the highlight the reader last chose. */
export function ExcerptCitations({ workspace, excerpt, count, where = "" }: { workspace: string; excerpt: ReaderExcerpt | null; count: number; where?: string }) {
  return (
    <section className={`panel ${styles.citations}`} aria-labelledby="citations-heading" aria-live="polite">
      <h2 id="citations-heading">Highlighted passage</h2>
      {!excerpt ? (
        <p className="muted">
          {count === 0 ? `No passages ${where || "of this text"} are quoted yet.` : `${count} passage${count === 1 ? "" : "s"}${where ? ` ${where}` : ""} ${count === 1 ? "is" : "are"} highlighted. Click or tab to one to see which claims cite it.`}
        </p>
      ) : (
        <>
          <blockquote className="quote">
            {excerpt.exact.length > 280 ? `${excerpt.exact.slice(0, 280)}…` : excerpt.exact}
            <cite>
              characters {excerpt.start}–{excerpt.end}
              {excerpt.anchor && <AnchorNote excerpt={excerpt.anchor} />} · <a href={`#excerpt-${excerpt.id}`}>link to this passage</a>
            </cite>
          </blockquote>
          {excerpt.citations.length === 0 ? (
            <p className="empty">No claim cites this passage yet.</p>
          ) : (
            <ul className={styles.citationList}>
              {excerpt.citations.map((c, index) => (
                <li key={`${c.claimId}-${c.relation}-${index}`}>
                  <span className={`badge ${relationLabels[c.relation].badge}`}>{relationLabels[c.relation].label}</span>{" "}
                  <a href={`/w/${workspace}/claims/${c.claimId}`}>{c.statement}</a>
                  {c.note && <small className={styles.citationNote}>{c.note}</small>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
