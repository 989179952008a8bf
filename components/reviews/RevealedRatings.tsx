import { scaleLabel, scales, type ScaleName } from "@/lib/ratings/scales";
import type { SessionItemView } from "@/lib/reviews/read-sessions";
import styles from "./reviews.module.css";

const optionText = (scale: ScaleName, value: string, label: string) => (scale === "INFO_CREDIBILITY" ? `${value} — ${label}` : label);

/** A revealed item: per scale the distribution as bars with who chose what, and the spread. */
export function RevealedRatings({ item, names }: { item: SessionItemView; names: Record<string, string> }) {
  if (!item.summary) return null;
  return (
    <div className={styles.scales}>
      {item.summary.perScale.map((s) => {
        const max = Math.max(1, ...s.distribution.map((d) => d.raterIds.length));
        const wide = s.range !== null && s.range >= 2;
        return (
          <section key={s.scale} className={styles.scale} aria-label={`${scales[s.scale].name}: distribution`}>
            <h3 style={{ fontSize: "0.9rem", margin: "0 0 0.2rem" }}>{scales[s.scale].name}</h3>
            <p className={styles.spread}>
              {s.n === 0 ? (
                "No one placed it on the scale."
              ) : (
                <>
                  Spread: sd {s.sd!.toFixed(2)} · range <span className={wide ? styles.wide : undefined}>{s.range} step{s.range === 1 ? "" : "s"}</span>
                  {wide && <span className={styles.wide}> — wide disagreement</span>}
                </>
              )}
            </p>
            <table className={styles.dist}>
              <tbody>
                {s.distribution.map((d) => (
                  <tr key={d.value}>
                    <th scope="row">{optionText(s.scale, d.value, d.label)}</th>
                    <td>
                      <span className={`${styles.bar} ${d.raterIds.length ? "" : styles.barEmpty}`} style={{ width: `${(d.raterIds.length / max) * 60}%` }} aria-hidden="true" />
                      <span className={styles.who}>{d.raterIds.length ? `${d.raterIds.length}: ${d.raterIds.map((r) => names[r] ?? "former member").join(", ")}` : ""}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}

/** Who rated what, with their rationales, in one table per item. */
export function RatingsByRater({ item, names }: { item: SessionItemView; names: Record<string, string> }) {
  if (!item.ratings.length) return null;
  return (
    <details style={{ marginTop: "0.6rem" }}>
      <summary>Who rated what, with rationales ({item.ratings.length})</summary>
      <table className="data" style={{ marginTop: "0.4rem" }}>
        <thead>
          <tr>
            <th scope="col">Rater</th>
            <th scope="col">Scale</th>
            <th scope="col">Rating</th>
            <th scope="col">Rationale</th>
          </tr>
        </thead>
        <tbody>
          {item.ratings.map((r) => (
            <tr key={`${r.raterId}-${r.scale}`}>
              <td>{names[r.raterId] ?? "former member"}</td>
              <td>{scales[r.scale].name}</td>
              <td>{optionText(r.scale, r.value, scaleLabel(r.scale, r.value))}</td>
              <td>{r.rationale}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
