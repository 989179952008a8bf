import type { MemoDocument } from "@/lib/memos/memo-document";
import styles from "./memo.module.css";

/** Quotes to check before export: orphaned in a corrected text, or changed since they were cited. */
export function QuoteFlags({ doc, slug }: { doc: MemoDocument; slug: string }) {
  const flagged = doc.citations.filter((c) => c.flag);
  if (!flagged.length && !doc.warnings.length) return null;
  return (
    <section className={styles.flags} aria-labelledby="flags-heading" role="alert">
      <h2 id="flags-heading">Check before exporting</h2>
      {flagged.length > 0 && (
        <ul>
          {flagged.map((c) => (
            <li key={c.excerptId}>
              <strong>Note {c.n}:</strong> {c.flag!.message} “{c.exact.length > 140 ? `${c.exact.slice(0, 140)}…` : c.exact}” —{" "}
              <a href={`/w/${slug}/passages/${c.excerptId}`}>open the passage</a>
            </li>
          ))}
        </ul>
      )}
      {doc.warnings.length > 0 && (
        <ul>
          {doc.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
