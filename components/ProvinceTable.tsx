import type { ProvinceRow } from "@/lib/timeline/provinces";
import styles from "./timeline.module.css";

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Incidents per province with deaths and the share the group claimed itself. */
export function ProvinceTable({ rows, caption }: { rows: ProvinceRow[]; caption: string }) {
  if (rows.length === 0) return <p className="empty">No incidents match these filters.</p>;
  return (
    <table className={`data ${styles.provinceTable}`}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Province</th>
          <th scope="col" className={styles.num}>Incidents</th>
          <th scope="col" className={styles.num}>Deaths</th>
          <th scope="col" className={styles.num}>Claimed by the group</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.province}>
            <th scope="row">{row.province}</th>
            <td className={styles.num}>{row.incidents}</td>
            <td className={styles.num}>
              {row.deaths}
              {row.deathsUnknown > 0 && <small className="muted"> (+{row.deathsUnknown} unknown)</small>}
            </td>
            <td className={styles.num}>
              {row.claimed} of {row.incidents} · {percent(row.claimedShare)}
              {/* An SVG attribute, not a style: the CSP forbids inline styles. */}
              <svg className={styles.share} width="60" height="8" aria-hidden="true">
                <rect width="60" height="8" rx="4" className={styles.shareTrack} />
                <rect width={Math.round(60 * row.claimedShare)} height="8" rx="4" className={styles.shareFill} />
              </svg>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
