import { ScaleValue } from "./RatingsTable";
import styles from "../board.module.css";

type HistoryRow = { id: string; raterName: string; scale: string; value: string; rationale: string; changeReason: string | null; current: boolean; createdAt: Date };

const scaleWords: Record<string, string> = { INFO_CREDIBILITY: "Credibility", LIKELIHOOD: "Likelihood", CONFIDENCE: "Confidence", SOURCE_RELIABILITY: "Reliability" };
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "22 Nov 2026, 02:38 UTC" — one zone for every reader, so a team sees the same times. */
function when(date: Date) {
  const time = date.toISOString().slice(11, 16);
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${time} UTC`;
}

/** Every rating ever given, newest first: changes of mind stay visible with their reasons. */
export function RatingHistory({ history }: { history: HistoryRow[] }) {
  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">Rating history</h2>
      {history.length === 0 ? (
        <p className="empty">No ratings yet.</p>
      ) : (
        <ol className={styles.historyList}>
          {history.map((r) => (
            <li key={r.id} className={r.current ? undefined : styles.superseded}>
              <div className={styles.historyHead}>
                <span>
                  <small>{scaleWords[r.scale] ?? r.scale}</small> <ScaleValue scale={r.scale} value={r.value} />
                </span>
                {!r.current && <span className="badge">superseded</span>}
              </div>
              <small>
                {r.raterName} · <time dateTime={r.createdAt.toISOString()}>{when(r.createdAt)}</time>
              </small>
              <p>{r.rationale}</p>
              {r.changeReason && (
                <p>
                  <strong>Changed because:</strong> {r.changeReason}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
