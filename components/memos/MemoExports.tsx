import { exportFormatLabels } from "@/lib/memos/export/formats";
import { memoExportFormats } from "@/lib/memos/schemas";
import styles from "./memo.module.css";

/** A download link per export format, for the version on screen. */
export function MemoExports({ slug, memoId, version, latest }: { slug: string; memoId: string; version: number; latest: boolean }) {
  const query = latest ? "" : `?version=${version}`;
  return (
    <nav className={styles.exports} aria-label="Export this memo">
      <span className={styles.exportsLabel}>Export version {version}:</span>
      {memoExportFormats.map((format) => (
        <a key={format} className="button secondary" href={`/api/v1/workspaces/${slug}/memos/${memoId}/export/${format}${query}`} download>
          {exportFormatLabels[format]}
        </a>
      ))}
    </nav>
  );
}
