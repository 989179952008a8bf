import { memoBodyHtml } from "@/lib/memos/export/html";
import type { MemoDocument } from "@/lib/memos/memo-document";
import styles from "./memo.module.css";

/**
 * The memo exactly as the HTML and PDF exports print it, rendered on the server.
 * The markup comes from lib/memos/export/html.ts, which escapes every value.
 */
export function MemoPreview({ doc }: { doc: MemoDocument }) {
  return (
    <section className={`panel ${styles.preview}`} aria-labelledby="preview-heading">
      <h2 id="preview-heading" className={styles.previewLabel}>
        Preview
      </h2>
      <article className={styles.paper} dangerouslySetInnerHTML={{ __html: memoBodyHtml(doc, { embedded: true }) }} />
    </section>
  );
}
