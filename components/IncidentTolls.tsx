import { passageHref } from "@/lib/text/pages";
import styles from "./incidents.module.css";
import { reporter } from "./incident-figures";

type Counts = { killedLow: number | null; killedBest: number | null; killedHigh: number | null; injuredLow: number | null; injuredBest: number | null; injuredHigh: number | null };
type Toll = Counts & { id: string; note: string; reportedBy: { id: string; name: string } | null; source: { id: string; title: string } | null; excerpt: { id: string } | null };

const cells = (c: Counts) =>
  (["killedLow", "killedBest", "killedHigh", "injuredLow", "injuredBest", "injuredHigh"] as const).map((key, n) => (
    <td key={key} className={`${styles.num} ${n % 3 === 0 ? styles.group : ""}`}>
      {c[key] ?? <span className="muted">—</span>}
    </td>
  ));

/** Each source's own figures side by side, then the reconciled figure and why. */
export function IncidentTolls({ workspace, tolls, reconciled, reason }: { workspace: string; tolls: Toll[]; reconciled: Counts; reason: string }) {
  return (
    <section className="panel" aria-labelledby="tolls-heading">
      <h2 id="tolls-heading">Reported tolls</h2>
      <table className={`data ${styles.tollTable}`} aria-describedby="reconciliation-reason">
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              Reported by
            </th>
            <th scope="col" rowSpan={2}>
              Source
            </th>
            <th scope="colgroup" colSpan={3} className={styles.group}>
              Killed
            </th>
            <th scope="colgroup" colSpan={3} className={styles.group}>
              Injured
            </th>
            <th scope="col" rowSpan={2}>
              Note
            </th>
          </tr>
          <tr>
            {["Low", "Best", "High", "Low", "Best", "High"].map((h, n) => (
              <th key={n} scope="col" className={`${styles.num} ${n % 3 === 0 ? styles.group : ""}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tolls.length === 0 && (
            <tr>
              <td colSpan={9} className="empty">
                No source has reported figures yet.
              </td>
            </tr>
          )}
          {tolls.map((t) => (
            <tr key={t.id}>
              <th scope="row">{t.reportedBy?.name ?? <span className="muted">{reporter(t)}</span>}</th>
              <td>
                {t.source ? <a href={t.excerpt ? passageHref(workspace, t.source.id, t.excerpt.id) : `/w/${workspace}/sources/${t.source.id}`}>{t.source.title}</a> : <span className="muted">—</span>}
              </td>
              {cells(t)}
              <td>{t.note || <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className={styles.reconciledRow}>
            <th scope="row" colSpan={2}>
              Reconciled
            </th>
            {cells(reconciled)}
            <td />
          </tr>
        </tfoot>
      </table>
      <p className={styles.reason} id="reconciliation-reason">
        <strong>Why this figure: </strong>
        {reason || <span className="muted">No reconciliation recorded yet.</span>}
      </p>
    </section>
  );
}
