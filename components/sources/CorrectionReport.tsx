import type { CorrectionReport as Report } from "@/lib/sources/correction-report";
import { anchorLabel, shortHash } from "./anchor-words";
import styles from "./corrections.module.css";

const relationWords = { APPEARS: "appearance of", SUPPORTS: "supports", CONTRADICTS: "contradicts", CONTEXT: "context for" } as const;
const explanations = {
  ANCHORED: "Same words at the same place.",
  MOVED: "Same words, found at a new place.",
  FUZZY: "Found only approximately: check the new wording.",
  ORPHANED: "Not found in the new text. The quote is kept against the old version and stays cited.",
} as const;

const clip = (quote: string) => (quote.length > 240 ? `${quote.slice(0, 240)}…` : quote);

/** After a correction: where every quoted passage of the source ended up, and who cites it. */
export function CorrectionReport({ report, workspace }: { report: Report; workspace: string }) {
  const count = (status: keyof typeof explanations) => report.rows.filter((row) => row.status === status).length;
  const reader = `/w/${workspace}/sources/${report.sourceId}`;
  return (
    <section className="panel" aria-labelledby="report-heading">
      <h2 id="report-heading">Re-anchoring report</h2>
      <p role="status">
        The text is now version {report.textVersion} (sha256 <code className={styles.hash} title={report.textSha256}>{shortHash(report.textSha256)}</code>); the
        previous version is kept.
      </p>
      <ul className={styles.summary} aria-label="Summary">
        {(["ANCHORED", "MOVED", "FUZZY", "ORPHANED"] as const).map((status) => (
          <li key={status}>
            <span className={`${styles.status} ${styles[status]}`}>{anchorLabel(status, null).replace(/ $/, "")}</span> <b>{count(status)}</b>
          </li>
        ))}
      </ul>
      {report.rows.length === 0 ? (
        <p className="empty">No passage of this source is quoted yet, so nothing needed re-anchoring.</p>
      ) : (
        <table className={`data ${styles.report}`}>
          <caption className="sr-only">Each quoted passage after the correction</caption>
          <thead>
            <tr>
              <th scope="col">Result</th>
              <th scope="col">Quote</th>
              <th scope="col">Characters before → after</th>
              <th scope="col">Cited by</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={row.excerptId}>
                <td>
                  <span className={`${styles.status} ${styles[row.status]}`} title={explanations[row.status]}>
                    {anchorLabel(row.status, row.score)}
                  </span>
                  {row.status === "ORPHANED" && row.score > 0 && <div className={styles.meta}>nearest match scored {row.score.toFixed(2)}</div>}
                </td>
                <td className={styles.quoteCell}>
                  {row.previousExact && <del aria-label="Quote before">{clip(row.previousExact)}</del>}
                  {clip(row.exact)}
                </td>
                <td className={styles.offsets}>
                  {row.from.start}–{row.from.end} → {row.to ? `${row.to.start}–${row.to.end}` : "none"}
                </td>
                <td>
                  {row.claims.length === 0 ? (
                    <span className="muted">not cited</span>
                  ) : (
                    <ul className={styles.claimList}>
                      {row.claims.map((claim, index) => (
                        <li key={`${claim.id}-${index}`}>
                          <span className={styles.meta}>{relationWords[claim.relation]}</span> <a href={`/w/${workspace}/claims/${claim.id}`}>{claim.statement}</a>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className={styles.actions}>
        <a className="button" href={reader}>
          Back to the reader
        </a>
        <a href={`${reader}/correct`}>Correct the text again</a>
      </p>
    </section>
  );
}
