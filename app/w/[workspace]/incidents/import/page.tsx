import type { Metadata } from "next";
import { IncidentImportForm } from "@/components/forms/IncidentImportForm";
import styles from "@/components/timeline.module.css";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { roleAllows } from "@/lib/auth/roles";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";

export const metadata: Metadata = { title: "Import incidents" };

const columns: [string, string][] = [
  ["event_date", "Date as YYYY-MM-DD (required)"],
  ["time_precision", "1 the day · 2 about (within a week) · 3 the month only; empty means 1"],
  ["event_type, sub_event_type", "Event type (required) and sub-type"],
  ["actor1, assoc_actor_1", "Perpetrator and associated actors (separate several with ;), matched by name or alias; an unknown name refuses the row"],
  ["actor2", "The target side: an actor if the name matches one, otherwise kept as the target's description"],
  ["admin1, admin2, location (or admin3)", "Province, district, town"],
  ["latitude, longitude, geo_precision", "Coordinates; 1 town · 2 near a town or district · 3 province"],
  ["fatalities, source, source_scale", "The conservative coded death toll becomes the reconciled best figure; the source is kept in its note"],
  ["notes", "Notes"],
  ["title, attribution", "Ours, optional: the incident's title (otherwise made from type, place and date) and CLAIMED, ATTRIBUTED, DENIED or UNCLAIMED"],
];

export default async function ImportIncidentsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const caller = await pageCaller(`/w/${slug}/incidents/import`);
  const workspace = await pageRead(() => getWorkspace(caller, slug));
  return (
    <main>
      <div className="page-head">
        <div>
          <p className="breadcrumb">
            <a href={`/w/${slug}/incidents`}>Incidents</a> /
          </p>
          <h1>Import incidents</h1>
          <p>Upload incidents coded the ACLED way. Other ACLED columns (event_id_cnty, iso, region…) are ignored.</p>
        </div>
        <a className="button secondary" href={`/api/v1/workspaces/${slug}/incidents/export.csv`} download>
          Export all as CSV
        </a>
      </div>
      {roleAllows(workspace.role, "edit") ? <IncidentImportForm workspace={slug} /> : <p className="notice error">Your role cannot create incidents in this workspace.</p>}
      <section className="panel" aria-labelledby="columns-heading">
        <h2 id="columns-heading">Columns read</h2>
        {/* Lower-case as written: column names are case-sensitive in most tools. */}
        <table className={`data ${styles.provinceTable}`}>
          <tbody>
            {columns.map(([name, meaning]) => (
              <tr key={name}>
                <th scope="row"><code>{name}</code></th>
                <td>{meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}
