import { confidence, likelihood } from "@/lib/ratings/scales";
import type { SessionItemView } from "@/lib/reviews/read-sessions";
import styles from "./reviews.module.css";

const label = (options: readonly { value: string; label: string }[], value: string) => options.find((o) => o.value === value)?.label ?? value;

/** The recorded judgment with its dissents attached. */
export function JudgmentRecord({ judgment }: { judgment: NonNullable<SessionItemView["judgment"]> }) {
  return (
    <section className={styles.judgment} aria-label="Judgment">
      <p className={styles.meta}>Judgment recorded by {judgment.authorName}{judgment.version > 1 ? ` · revised (version ${judgment.version})` : ""}</p>
      <p className={styles.statement}>{judgment.statement}</p>
      <p>
        <strong>{label(likelihood, judgment.likelihood)}</strong> · {label(confidence, judgment.confidence)}
      </p>
      <p><strong>Rationale:</strong> {judgment.rationale}</p>
      <p><strong>What would change it:</strong> {judgment.whatWouldChange}</p>
      {judgment.dissents.map((d) => (
        <div key={d.id} className={styles.dissent} role="group" aria-label={`Dissent by ${d.authorName}`}>
          <p className={styles.meta}>Dissent · {d.authorName} · {d.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC</p>
          <p>{d.text}</p>
        </div>
      ))}
    </section>
  );
}
