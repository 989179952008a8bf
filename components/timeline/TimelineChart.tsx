// The timeline drawn on the server as SVG: no chart library, no client code.
import { claimKindLabels } from "@/lib/claims/schemas";
import { formatDate } from "@/lib/dates";
import type { AttributionState, ClaimKind } from "@/lib/db/generated/enums";
import { attributionLabels, attributionStates } from "@/lib/incidents/schemas";
import type { Timeline, TimelineClaim } from "@/lib/timeline/build-timeline";
import { labelEvery, niceTicks, packLanes, timeScale } from "./chart-layout";
import styles from "../timeline.module.css";

const W = 1000;
const M = { left: 52, right: 60 };
const LANE = 20;
const BARS = 260;
const AXIS = 46;

/** Fills that differ in lightness and texture, so they still read in greyscale. */
export const attributionFill: Record<AttributionState, string> = {
  CLAIMED: "#a3362b",
  ATTRIBUTED: "url(#tl-hatch)",
  DENIED: "url(#tl-dots)",
  UNCLAIMED: "#cdd2dc",
};

export function PatternDefs() {
  return (
    <defs>
      <pattern id="tl-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#f0dfa8" />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#8a6a12" strokeWidth="3" />
      </pattern>
      <pattern id="tl-dots" width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" fill="#ffffff" />
        <circle cx="2.5" cy="2.5" r="1.3" fill="#3d4a66" />
      </pattern>
    </defs>
  );
}

/** A marker shape per claim kind, centred on (0, 0). */
export function KindShape({ kind, hollow = false }: { kind: ClaimKind; hollow?: boolean }) {
  const common = { className: hollow ? styles.hollow : styles.solid };
  switch (kind) {
    case "STATEMENT":
      return <circle r="5.5" {...common} />;
    case "DENIAL":
      return <rect x="-5" y="-5" width="10" height="10" {...common} />;
    case "RESPONSIBILITY":
      return <path d="M0 -6.5 L6 5 L-6 5 Z" {...common} />;
    case "ASSESSMENT":
      return <path d="M0 -6.5 L6.5 0 L0 6.5 L-6.5 0 Z" {...common} />;
    case "NUMERIC":
      return <path d="M0 6.5 L6 -5 L-6 -5 Z" {...common} />;
  }
}

const sideWord = (claim: TimelineClaim) => (claim.side === "AFFIRMS" ? " — affirms the proposition" : claim.side === "DISPUTES" ? " — disputes the proposition" : "");

export function TimelineChart({ timeline, slug, summary }: { timeline: Timeline; slug: string; summary: string }) {
  const { buckets } = timeline;
  if (buckets.length === 0) return null;
  const x = timeScale(buckets[0].start, buckets[buckets.length - 1].end, M.left, W - M.right);

  const claims = packLanes(
    timeline.claims.map((claim) => {
      const a = x(claim.start);
      const b = x(claim.end);
      const point = claim.madePrecision === "DAY" || claim.madePrecision === null;
      const mid = (a + b) / 2;
      return { ...claim, point, mid, x0: point ? mid - 7 : Math.min(a, mid - 7), x1: point ? mid + 7 : Math.max(b, mid + 7) };
    }),
  );
  const lanes = Math.max(1, ...claims.map((c) => c.lane + 1));
  const claimTop = 26;
  const barTop = claimTop + lanes * LANE + 14;
  const base = barTop + BARS;
  const H = base + AXIS;

  const countTicks = niceTicks(Math.max(1, ...buckets.map((b) => b.total)));
  const deathTicks = niceTicks(Math.max(1, ...buckets.map((b) => b.deaths)));
  const yCount = (n: number) => base - (n / countTicks[countTicks.length - 1]) * BARS;
  const yDeaths = (n: number) => base - (n / deathTicks[deathTicks.length - 1]) * BARS;
  const byId = new Map(timeline.incidents.map((i) => [i.id, i]));
  const every = labelEvery(buckets.length, timeline.query.bucket === "week" ? 10 : 14);
  const deathPoints = buckets.map((b) => `${((x(b.start) + x(b.end)) / 2).toFixed(1)},${yDeaths(b.deaths).toFixed(1)}`).join(" ");

  return (
    <svg className={styles.chart} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
      <PatternDefs />
      <text x={M.left} y={14} className={styles.axisTitle}>Claims (date as precise as known)</text>
      <text x={M.left - 8} y={barTop - 6} className={styles.axisTitle} textAnchor="start">Incidents</text>
      <text x={W - M.right + 8} y={barTop - 6} className={styles.axisTitle} textAnchor="end">Deaths</text>

      {countTicks.map((t) => (
        <g key={`c${t}`}>
          <line x1={M.left} x2={W - M.right} y1={yCount(t)} y2={yCount(t)} className={t === 0 ? styles.baseline : styles.grid} />
          <text x={M.left - 8} y={yCount(t) + 4} textAnchor="end" className={styles.tick}>{t}</text>
        </g>
      ))}
      {deathTicks.map((t) => (
        <text key={`d${t}`} x={W - M.right + 8} y={yDeaths(t) + 4} className={`${styles.tick} ${styles.deathTick}`}>{t}</text>
      ))}

      {/* With a dispute chosen, a faint rule drops from each claim to the bars it is read against. */}
      {timeline.query.disputeId &&
        claims.map((claim) => <line key={`g${claim.id}`} x1={claim.mid} x2={claim.mid} y1={claimTop + claim.lane * LANE + LANE / 2 + 7} y2={base} className={styles.guide} />)}

      {buckets.map((b, n) => {
        const x0 = x(b.start);
        const width = x(b.end) - x0;
        const pad = Math.min(width * 0.14, 6);
        const newYear = n > 0 && b.start.getUTCFullYear() !== buckets[n - 1].start.getUTCFullYear();
        let level = 0;
        return (
          <g key={b.key}>
            {newYear && <line x1={x0} x2={x0} y1={claimTop - 6} y2={base + 30} className={styles.yearRule} />}
            {attributionStates.flatMap((state) =>
              b.incidentIds
                .map((id) => byId.get(id)!)
                .filter((i) => i.attribution === state)
                .map((incident) => {
                  const y = yCount(level + 1);
                  level += 1;
                  const deaths = incident.deaths === null ? "no reported toll" : `${incident.deaths} killed${incident.deathsRule === "lowest-reported" ? " (lowest reported)" : ""}`;
                  return (
                    <a key={incident.id} href={`/w/${slug}/incidents/${incident.id}`} className={styles.mark}>
                      <title>{`${incident.title} — ${formatDate(incident.occurredOn, incident.datePrecision)}, ${incident.province ?? "province not recorded"}. ${attributionLabels[state]}; ${deaths}.`}</title>
                      <rect x={x0 + pad} y={y} width={Math.max(1, width - 2 * pad)} height={yCount(level - 1) - y} fill={attributionFill[state]} className={styles.block} />
                    </a>
                  );
                }),
            )}
            {n % every === 0 && (
              <text x={x0 + width / 2} y={base + 16} textAnchor="middle" className={styles.tick}>{b.label}</text>
            )}
            {newYear && <text x={x0 + 3} y={base + 34} className={styles.year}>{b.start.getUTCFullYear()}</text>}
          </g>
        );
      })}

      <polyline points={deathPoints} className={styles.deathLine} />
      {buckets.filter((b) => b.total > 0).map((b) => (
        <circle key={`dot${b.key}`} cx={(x(b.start) + x(b.end)) / 2} cy={yDeaths(b.deaths)} r="3.5" className={styles.deathDot}>
          <title>{`${b.label}: ${b.deaths} deaths in ${b.total} incident${b.total === 1 ? "" : "s"}${b.deathsUnknown ? ` (${b.deathsUnknown} without a reported toll)` : ""}`}</title>
        </circle>
      ))}

      {claims.map((claim) => {
        const y = claimTop + claim.lane * LANE + LANE / 2;
        const hollow = claim.side === "DISPUTES";
        return (
          <a key={claim.id} href={`/w/${slug}/claims/${claim.id}`} className={`${styles.mark} ${claim.side ? styles[claim.side] : ""}`}>
            <title>{`${claim.claimant ?? "Unattributed"}, ${formatDate(claim.madeAt, claim.madePrecision)} (${claimKindLabels[claim.kind].toLowerCase()}${sideWord(claim)}): ${claim.statement}`}</title>
            {!claim.point && <rect x={x(claim.start)} y={y - 3} width={Math.max(2, x(claim.end) - x(claim.start))} height="6" rx="3" className={styles.span} />}
            <g transform={`translate(${claim.mid.toFixed(1)} ${y})`}>
              <KindShape kind={claim.kind} hollow={hollow} />
            </g>
          </a>
        );
      })}
    </svg>
  );
}
