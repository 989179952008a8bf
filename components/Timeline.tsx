import { claimKindLabels, claimKinds } from "@/lib/claims/schemas";
import { attributionLabels, attributionStates } from "@/lib/incidents/schemas";
import type { Timeline as TimelineData } from "@/lib/timeline/build-timeline";
import { deathsRuleText } from "@/lib/timeline/deaths";
import { KindShape, TimelineChart, attributionFill } from "./timeline/TimelineChart";
import { TimelineTable } from "./timeline/TimelineTable";
import styles from "./timeline.module.css";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** One sentence a screen reader announces for the chart; the data table below has the rest. */
function summarise(t: TimelineData) {
  const drawn = t.buckets.reduce((n, b) => n + b.total, 0);
  const deaths = t.buckets.reduce((n, b) => n + b.deaths, 0);
  const peak = t.buckets.reduce((best, b) => (b.total > best.total ? b : best), t.buckets[0]);
  const span = `${t.buckets[0].label} to ${t.buckets[t.buckets.length - 1].label}`;
  return (
    `Timeline by ${t.query.bucket}, ${span}: ${plural(drawn, "incident")} with ${plural(deaths, "reported death")}` +
    (peak && peak.total ? `, most in ${peak.label} (${peak.total})` : "") +
    `; ${plural(t.claims.length, "dated claim")} marked above the bars. The table after the chart lists the same data.`
  );
}

export function Timeline({ timeline, slug, disputeLabel }: { timeline: TimelineData; slug: string; disputeLabel?: string }) {
  if (timeline.buckets.length === 0) {
    return <p className="empty">Nothing to plot: no dated incidents or claims match these filters.</p>;
  }
  const notPlaced = timeline.incidents.filter((i) => i.bucket === null);
  const bySide = Boolean(timeline.query.disputeId);
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.legend}>
        <span className={styles.legendGroup}>
          <b>Incidents</b>
          {attributionStates.map((state) => (
            <span key={state} className={styles.legendItem}>
              <svg width="16" height="12" aria-hidden="true"><rect width="16" height="12" fill={attributionFill[state]} stroke="#8a93a6" strokeWidth="0.5" /></svg>
              {attributionLabels[state]}
            </span>
          ))}
          <span className={styles.legendItem}>
            <svg width="22" height="12" aria-hidden="true"><line x1="0" x2="22" y1="6" y2="6" className={styles.deathLine} /><circle cx="11" cy="6" r="3.5" className={styles.deathDot} /></svg>
            Deaths (right axis)
          </span>
        </span>
        <span className={styles.legendGroup}>
          <b>Claims</b>
          {claimKinds.map((kind) => (
            <span key={kind} className={styles.legendItem}>
              <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true"><KindShape kind={kind} /></svg>
              {claimKindLabels[kind]}
            </span>
          ))}
          <span className={styles.legendItem}>
            <svg width="30" height="12" viewBox="0 -6 30 12" aria-hidden="true"><rect x="1" y="-3" width="28" height="6" rx="3" className={styles.span} /><g transform="translate(15 0)"><circle r="4.5" className={styles.solid} /></g></svg>
            Dated only to the month or year
          </span>
        </span>
        {bySide && (
          <span className={styles.legendGroup}>
            <b>Side{disputeLabel ? ` in “${disputeLabel}”` : ""}</b>
            <span className={`${styles.legendItem} ${styles.AFFIRMS}`}>
              <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><circle r="5" className={styles.solid} /></svg>
              Affirms (filled)
            </span>
            <span className={`${styles.legendItem} ${styles.DISPUTES}`}>
              <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><circle r="4.5" className={styles.hollow} /></svg>
              Disputes (hollow)
            </span>
          </span>
        )}
      </figcaption>
      <TimelineChart timeline={timeline} slug={slug} summary={summarise(timeline)} />
      <p className={styles.rule}>
        {deathsRuleText} Each block in a bar is one incident; point at it for details, or select it to open the incident.
        {notPlaced.length > 0 &&
          ` Not drawn: ${plural(notPlaced.length, "incident")} dated only to the ${timeline.query.bucket === "week" ? "month or year (count by month to see them)" : "year"}.`}
        {timeline.undatedIncidents > 0 && ` ${plural(timeline.undatedIncidents, "incident")} without a date ${timeline.undatedIncidents === 1 ? "is" : "are"} left out.`}
      </p>
      <TimelineTable timeline={timeline} slug={slug} />
    </figure>
  );
}
