import { scales } from "@/lib/ratings/scales";
import type { SessionAgreement } from "@/lib/reviews/agreement";
import styles from "./reviews.module.css";

const readings = { reliable: "reliable (≥ 0.8)", tentative: "tentative (0.667–0.8)", unreliable: "unreliable (< 0.667)", undefined: "not measurable" } as const;

/** Krippendorff's alpha (ordinal) per scale over the revealed items, with its conventional reading. */
export function AgreementPanel({ agreement }: { agreement: SessionAgreement }) {
  return (
    <section className="panel" aria-labelledby="agreement-heading">
      <h2 id="agreement-heading" style={{ fontSize: "1rem", marginTop: 0 }}>
        Agreement across revealed items <small className="muted">(Krippendorff&apos;s alpha, ordinal)</small>
      </h2>
      <div className={styles.alpha}>
        {agreement.map((a) => (
          <div key={a.scale}>
            <span>{scales[a.scale].name}</span>
            <strong className={styles[a.reading === "undefined" ? "waiting" : a.reading]}>{a.result.alpha === null ? "—" : a.result.alpha.toFixed(2)}</strong>
            <span className={styles.meta}>
              {a.result.alpha === null
                ? a.result.explanation
                : a.result.units < 2
                  ? `Only one item revealed: alpha compares items, so it means little yet (${a.result.pairable} ratings).`
                  : `${readings[a.reading]} · ${a.result.pairable} ratings of ${a.result.units} items`}
            </span>
          </div>
        ))}
      </div>
    </section>
  );
}
