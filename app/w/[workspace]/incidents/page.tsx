import type { Metadata } from "next";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { roleAllows } from "@/lib/auth/roles";
import { formatDate } from "@/lib/dates";
import { listIncidents } from "@/lib/incidents/read-incidents";
import { attributionLabels } from "@/lib/incidents/schemas";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";
import { killed, place, reporter } from "@/components/incident-figures";
import styles from "@/components/incidents.module.css";

const short = (name: string) => (name.length > 36 ? `${name.slice(0, 34)}…` : name);

export const metadata: Metadata = { title: "Incidents" };

export default async function IncidentsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const caller = await pageCaller(`/w/${slug}/incidents`);
  const [workspace, incidents] = await pageRead(() => Promise.all([getWorkspace(caller, slug), listIncidents(caller, slug)]));
  return (
    <main>
      <div className="page-head">
        <div>
          <h1>Incidents</h1>
          <p>Attacks as each source reported them: who said how many were killed, beside the reconciled figure.</p>
        </div>
        <div className="inline-form">
          <a className="button secondary" href={`/api/v1/workspaces/${slug}/incidents/export.csv`} download>
            Export CSV
          </a>
          {roleAllows(workspace.role, "edit") && (
            <a className="button secondary" href={`/w/${slug}/incidents/import`}>
              Import CSV
            </a>
          )}
          {roleAllows(workspace.role, "edit") && (
            <a className="button" href={`/w/${slug}/incidents/new`}>
              New incident
            </a>
          )}
        </div>
      </div>
      {incidents.length === 0 ? (
        <p className="empty">No incidents yet.</p>
      ) : (
        <table className={`data ${styles.incidentTable}`}>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Incident</th>
              <th scope="col">Place</th>
              <th scope="col">Event type</th>
              <th scope="col">Target</th>
              <th scope="col">Attribution</th>
              <th scope="col">Killed, as reported</th>
              <th scope="col">Reconciled killed</th>
            </tr>
          </thead>
          <tbody>
            {incidents.map((i) => (
              <tr key={i.id}>
                <td className={styles.reconciled}>{formatDate(i.occurredOn, i.datePrecision)}</td>
                <td>
                  <a href={`/w/${slug}/incidents/${i.id}`}>{i.title}</a>
                </td>
                <td>{place(i)}</td>
                <td>
                  {i.eventType}
                  {i.subEventType && <small className="muted"> · {i.subEventType}</small>}
                </td>
                <td className={styles.target}>{i.target ? (i.target.length > 70 ? `${i.target.slice(0, 70)}…` : i.target) : <span className="muted">—</span>}</td>
                <td>
                  <span className={`${styles.attribution} ${styles[i.attribution]}`}>{attributionLabels[i.attribution]}</span>
                </td>
                <td>
                  {i.tolls.length === 0 ? (
                    <span className="muted">no figures</span>
                  ) : (
                    <span className={styles.tolls}>
                      {i.tolls.map((t, n) => (
                        <span key={t.id} className={styles.toll}>
                          {n > 0 && <span className={styles.sep}>· </span>}
                          <span title={reporter(t)}>{short(reporter(t))}</span>: <b>{killed(t)}</b>
                        </span>
                      ))}
                    </span>
                  )}
                </td>
                <td className={styles.reconciled}>
                  {i.killedLow === null && i.killedBest === null && i.killedHigh === null ? (
                    <span className="muted">not reconciled</span>
                  ) : (
                    <>
                      {i.killedLow ?? "—"} / <b>{i.killedBest ?? "—"}</b> / {i.killedHigh ?? "—"}
                      <br />
                      <small className="muted">low / best / high</small>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
