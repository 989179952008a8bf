import type { Metadata } from "next";
import { Fragment } from "react";
import { listActors } from "@/lib/actors/read-actors";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { roleAllows } from "@/lib/auth/roles";
import { formatDate } from "@/lib/dates";
import { stanceLabels } from "@/lib/evidence/schemas";
import { getIncident } from "@/lib/incidents/read-incidents";
import { attributionLabels } from "@/lib/incidents/schemas";
import { listSources } from "@/lib/sources/read-sources";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";
import { IncidentTolls } from "@/components/IncidentTolls";
import { AddTollForm } from "@/components/forms/IncidentForms";
import { place } from "@/components/incident-figures";
import styles from "@/components/incidents.module.css";
import { addTollAction } from "./actions";

export const metadata: Metadata = { title: "Incident" };

const roleWords: Record<string, string> = {
  PERPETRATOR: "Perpetrator",
  TARGET: "Targeted actors",
  CLAIMED_BY: "Claimed by",
  ATTRIBUTED_TO: "Attributed to",
  DENIED_BY: "Denied by",
  ASSOCIATED: "Associated",
};
const stanceBadge: Record<string, string> = { SUPPORTS: "affirm", CONTRADICTS: "dispute", CONTEXT: "context" };

export default async function IncidentPage({ params }: { params: Promise<{ workspace: string; id: string }> }) {
  const { workspace: slug, id } = await params;
  const caller = await pageCaller(`/w/${slug}/incidents/${id}`);
  const [workspace, incident] = await pageRead(() => Promise.all([getWorkspace(caller, slug), getIncident(caller, slug, id)]));
  const canEdit = roleAllows(workspace.role, "edit");
  const [actors, sources] = canEdit ? await Promise.all([listActors(caller, slug), listSources(caller, slug)]) : [[], []];
  const byRole = new Map<string, string[]>();
  for (const a of incident.actors) byRole.set(a.role, [...(byRole.get(a.role) ?? []), a.actor.name]);

  return (
    <main>
      <p className="breadcrumb">
        <a href={`/w/${slug}/incidents`}>Incidents</a> ›
      </p>
      <header className={styles.header}>
        <div className={styles.kicker}>
          <span>
            {formatDate(incident.occurredOn, incident.datePrecision)}
            {incident.timeOfDay && `, ${incident.timeOfDay}`}
          </span>
          <span aria-hidden="true">·</span>
          <span>{place(incident)}</span>
          <span className={`${styles.attribution} ${styles[incident.attribution]}`}>{attributionLabels[incident.attribution]}</span>
        </div>
        <h1>{incident.title}</h1>
      </header>
      <div className={styles.layout}>
        <div>
          <IncidentTolls workspace={slug} tolls={incident.tolls} reconciled={incident} reason={incident.reconciliationNote} />
          <section className="panel" aria-labelledby="details-heading">
            <h2 id="details-heading">Details</h2>
            <dl className={styles.facts}>
              <dt>Event type</dt>
              <dd>
                {incident.eventType}
                {incident.subEventType && ` — ${incident.subEventType}`}
              </dd>
              <dt>Target</dt>
              <dd>{incident.target || <span className="muted">not recorded</span>}</dd>
              {[...byRole].map(([role, names]) => (
                <Fragment key={role}>
                  <dt>{roleWords[role] ?? role}</dt>
                  <dd>{names.join(", ")}</dd>
                </Fragment>
              ))}
              <dt>Place</dt>
              <dd>
                {[incident.province, incident.district, incident.town, incident.country].filter(Boolean).join(", ")} <small className="muted">(precision: {incident.placePrecision.toLowerCase()})</small>
                {incident.latitude !== null && incident.longitude !== null && (
                  <small className="muted">
                    {" "}
                    · {incident.latitude.toFixed(4)}, {incident.longitude.toFixed(4)}
                  </small>
                )}
              </dd>
              <dt>Notes</dt>
              <dd className={styles.notes}>{incident.notes || <span className="muted">none</span>}</dd>
            </dl>
          </section>
        </div>
        <div>
          <section className="panel" aria-labelledby="citing-heading">
            <h2 id="citing-heading">Claims that cite it</h2>
            {incident.evidenceLinks.length === 0 ? (
              <p className="empty">No claim cites this incident yet.</p>
            ) : (
              <ul className={styles.citing}>
                {incident.evidenceLinks.map((l) => (
                  <li key={l.id}>
                    <span className={`badge ${stanceBadge[l.stance]}`}>{stanceLabels[l.stance]}</span>{" "}
                    <a href={`/w/${slug}/claims/${l.claim.id}`}>{l.claim.statement}</a>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {canEdit && (
            <AddTollForm
              action={addTollAction.bind(null, slug, incident.id)}
              actors={actors.map((a) => ({ id: a.id, name: a.name }))}
              sources={sources.map((s) => ({ id: s.id, name: s.title }))}
            />
          )}
        </div>
      </div>
    </main>
  );
}
