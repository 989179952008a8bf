import type { FormState } from "@/lib/actions/form-state";
import { sourceReliability } from "@/lib/ratings/scales";
import { SourceRatingForm } from "./forms/SourceRatingForm";
import styles from "./source.module.css";
import history from "./rating-history.module.css";

type Rating = {
  id: string;
  raterId: string;
  raterName: string;
  value: string;
  rationale: string;
  current: boolean;
  createdAt: Date;
  changeReason: string | null;
  supersedesId?: string | null;
};
type Props = { ratings: Rating[]; callerId: string; canRate: boolean; rateAction: (state: FormState, data: FormData) => Promise<FormState> };

const words = (value: string) => sourceReliability.find((o) => o.value === value)?.label ?? value;

/** Source reliability on the Admiralty scale: each rater's current grade and why, and the caller's own form. */
export function SourceRatings({ ratings, callerId, canRate, rateAction }: Props) {
  const current = ratings.filter((r) => r.current);
  const mine = current.find((r) => r.raterId === callerId) ?? null;
  const superseded = ratings.length - current.length;
  return (
    <section className="panel" aria-labelledby="reliability-heading">
      <h2 id="reliability-heading">Source reliability</h2>
      <p className="muted">Admiralty scale, A (completely reliable) to F (cannot be judged). Rates the source, not the information.</p>
      {current.length === 0 ? (
        <p className="empty">Nobody has rated this source yet.</p>
      ) : (
        <ul className={styles.ratingList} aria-label="Current ratings by rater">
          {current.map((r) => (
            <li key={r.id}>
              <span className={styles.grade} aria-hidden="true">
                {r.value}
              </span>
              <div>
                <strong>
                  {r.value} — {words(r.value)}
                </strong>{" "}
                <small>
                  by {r.raterName}
                  {r.raterId === callerId ? " (you)" : ""} · {r.createdAt.toISOString().slice(0, 10)}
                </small>
                <p>{r.rationale}</p>
                {r.changeReason && <small>Changed because: {r.changeReason}</small>}
              </div>
            </li>
          ))}
        </ul>
      )}
      {current.length > 0 && <GradeDistribution current={current} />}
      {superseded > 0 && <RatingHistory ratings={ratings} callerId={callerId} />}
      {canRate && <SourceRatingForm action={rateAction} mine={mine ? { id: mine.id, value: mine.value } : null} />}
    </section>
  );
}

/** How many current ratings give each grade, A to F, as a bar chart. */
function GradeDistribution({ current }: { current: Rating[] }) {
  const counts = sourceReliability.map((o) => ({ ...o, count: current.filter((r) => r.value === o.value).length }));
  const most = Math.max(...counts.map((c) => c.count));
  return (
    <table className={history.distribution} aria-label="Distribution of current grades">
      <caption>
        Distribution: {current.length} rater{current.length === 1 ? "" : "s"}
      </caption>
      <tbody>
        {counts.map((c) => (
          <tr key={c.value}>
            <th scope="row" title={c.label}>
              {c.value}
            </th>
            <td>
              {/* A meter, not a styled span: the CSP forbids inline styles. */}
              <meter className={history.bar} min={0} max={Math.max(most, 1)} value={c.count} aria-label={`${c.value}: ${c.count}`} />
            </td>
            <td className={history.count}>{c.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every rating ever given, newest first: changes show the grade before and the reason. */
function RatingHistory({ ratings, callerId }: { ratings: Rating[]; callerId: string }) {
  const byId = new Map(ratings.map((r) => [r.id, r]));
  const ordered = [...ratings].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const changes = ratings.length - ratings.filter((r) => r.current).length;
  return (
    <details className={history.history}>
      <summary>
        History: {changes} earlier rating{changes === 1 ? "" : "s"} changed
      </summary>
      <ol aria-label="History of ratings">
        {ordered.map((r) => {
          const before = r.supersedesId ? byId.get(r.supersedesId) : undefined;
          return (
            <li key={r.id} className={r.current ? undefined : history.superseded}>
              <p>
                <time dateTime={r.createdAt.toISOString()}>{r.createdAt.toISOString().slice(0, 10)}</time> ·{" "}
                <strong>
                  {r.raterName}
                  {r.raterId === callerId ? " (you)" : ""}
                </strong>{" "}
                {before ? (
                  <>
                    changed {before.value} → <b>{r.value}</b>
                  </>
                ) : (
                  <>
                    rated <b>{r.value}</b>
                  </>
                )}{" "}
                — {words(r.value)}
                {!r.current && <span className="badge">superseded</span>}
              </p>
              {r.changeReason && <p className={history.reason}>Why it changed: {r.changeReason}</p>}
              <p className={history.rationale}>{r.rationale}</p>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
