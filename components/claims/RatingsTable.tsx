import { scaleLabel, type ScaleName } from "@/lib/ratings/scales";
import styles from "../board.module.css";

export type RatingRow = { id: string; raterId: string; scale: string; value: string; rationale: string; changeReason: string | null };

const claimScales: { scale: ScaleName; heading: string }[] = [
  { scale: "INFO_CREDIBILITY", heading: "Credibility" },
  { scale: "LIKELIHOOD", heading: "Likelihood" },
  { scale: "CONFIDENCE", heading: "Confidence" },
];

/** "2 Probably true" with the code in a coloured square (1–2 green … 4–5 red, 6 grey). */
export function CredibilityChip({ value }: { value: string }) {
  return (
    <span className={`${styles.chip} ${styles[`cred${value}`] ?? ""}`}>
      <b aria-hidden="true">{value}</b>
      <span>
        <span className="sr-only">{value} — </span>
        {scaleLabel("INFO_CREDIBILITY", value)}
      </span>
    </span>
  );
}

export function ScaleValue({ scale, value }: { scale: string; value: string }) {
  if (scale === "INFO_CREDIBILITY") return <CredibilityChip value={value} />;
  return <span>{scale === "LIKELIHOOD" ? value : scaleLabel(scale as ScaleName, value)}</span>;
}

/** A claim's current ratings, one row per rater, with the reasoning on demand. */
export function RatingsTable({ ratings, raterNames, me, caption }: { ratings: RatingRow[]; raterNames: Record<string, string>; me: string; caption: string }) {
  const raters = [...new Set(ratings.map((r) => r.raterId))];
  if (!raters.length) return <p className={styles.nothing}>Not rated yet.</p>;
  const shown = claimScales.filter(({ scale }) => ratings.some((r) => r.scale === scale));
  return (
    <table className={styles.ratings}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Rater</th>
          {shown.map(({ scale, heading }) => (
            <th key={scale} scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      {raters.map((raterId) => {
        const own = ratings.filter((r) => r.raterId === raterId);
        const name = raterNames[raterId] ?? "former member";
        return (
          <tbody key={raterId}>
            <tr>
              <th scope="row">
                {name}
                {raterId === me && <span className={styles.you}>YOU</span>}
              </th>
              {shown.map(({ scale }) => {
                const rating = own.find((r) => r.scale === scale);
                return <td key={scale}>{rating ? <ScaleValue scale={scale} value={rating.value} /> : <span className="muted">—</span>}</td>;
              })}
            </tr>
            <tr>
              <td colSpan={shown.length + 1}>
                <details>
                  <summary>
                    Reasoning<span className="sr-only"> of {name}</span>
                  </summary>
                  {own.map((r) => (
                    <p key={r.id}>
                      <strong>{claimScales.find((s) => s.scale === r.scale)?.heading}:</strong> {r.rationale}
                      {r.changeReason && <em> Changed because: {r.changeReason}</em>}
                    </p>
                  ))}
                </details>
              </td>
            </tr>
          </tbody>
        );
      })}
    </table>
  );
}
