// The chart's data as tables: read by screen readers, and shown to keyboard users
// as soon as focus enters them (otherwise they would tab through invisible links).
import { claimKindLabels } from "@/lib/claims/schemas";
import { formatDate } from "@/lib/dates";
import { attributionLabels, attributionStates } from "@/lib/incidents/schemas";
import type { Timeline } from "@/lib/timeline/build-timeline";
import styles from "../timeline.module.css";

export function TimelineTable({ timeline, slug }: { timeline: Timeline; slug: string }) {
  const byId = new Map(timeline.incidents.map((i) => [i.id, i]));
  const busy = timeline.buckets.filter((b) => b.total > 0);
  return (
    <div className={styles.dataTables}>
      <table className="data">
        <caption>Incidents per {timeline.query.bucket} by attribution (periods without incidents left out)</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            {attributionStates.map((s) => (
              <th key={s} scope="col">{attributionLabels[s]}</th>
            ))}
            <th scope="col">Deaths</th>
            <th scope="col">Incidents</th>
          </tr>
        </thead>
        <tbody>
          {busy.map((b) => (
            <tr key={b.key}>
              <th scope="row">{b.label}</th>
              {attributionStates.map((s) => (
                <td key={s}>{b.counts[s]}</td>
              ))}
              <td>
                {b.deaths}
                {b.deathsUnknown > 0 && ` (${b.deathsUnknown} without a toll)`}
              </td>
              <td>
                {b.incidentIds.map((id, n) => (
                  <span key={id}>
                    {n > 0 && "; "}
                    <a href={`/w/${slug}/incidents/${id}`}>{byId.get(id)!.title}</a>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data">
        <caption>Dated claims</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Claim</th>
            <th scope="col">Kind</th>
            <th scope="col">Claimant</th>
            {timeline.query.disputeId && <th scope="col">Side</th>}
          </tr>
        </thead>
        <tbody>
          {timeline.claims.map((c) => (
            <tr key={c.id}>
              <td>{formatDate(c.madeAt, c.madePrecision)}</td>
              <td>
                <a href={`/w/${slug}/claims/${c.id}`}>{c.statement}</a>
              </td>
              <td>{claimKindLabels[c.kind]}</td>
              <td>{c.claimant ?? "—"}</td>
              {timeline.query.disputeId && <td>{c.side === "AFFIRMS" ? "Affirms" : "Disputes"}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
