import type { FormState } from "@/lib/actions/form-state";
import { sourceReliability } from "@/lib/ratings/scales";
import { SourceRatingForm } from "./forms/SourceRatingForm";
import styles from "./source.module.css";

type Rating = { id: string; raterId: string; raterName: string; value: string; rationale: string; current: boolean; createdAt: Date; changeReason: string | null };
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
      {superseded > 0 && (
        <p className="muted">
          {superseded} earlier rating{superseded === 1 ? " was" : "s were"} changed; the history is kept.
        </p>
      )}
      {canRate && <SourceRatingForm action={rateAction} mine={mine ? { value: mine.value } : null} />}
    </section>
  );
}
