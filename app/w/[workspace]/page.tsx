import type { Metadata } from "next";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { roleAllows } from "@/lib/auth/roles";
import { listDisputes } from "@/lib/disputes/read-disputes";
import { getWorkspace, getWorkspaceCounts } from "@/lib/workspaces/read-workspaces";

export const metadata: Metadata = { title: "Disputes" };

// The home page lists the latest disputes only: a workspace can hold tens of
// thousands (bench/RESULTS.md measured the full list at benchmark scale).
const HOME_DISPUTES = 50;

export default async function WorkspaceHome({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const caller = await pageCaller(`/w/${slug}`);
  const [workspace, counts, disputes] = await pageRead(() =>
    Promise.all([getWorkspace(caller, slug), getWorkspaceCounts(caller, slug), listDisputes(caller, slug, { take: HOME_DISPUTES })]),
  );
  return (
    <main>
      <div className="page-head">
        <div>
          <h1>{workspace.name}</h1>
          <p>{workspace.description}</p>
          <p className="muted">
            {counts.disputes} disputes · {counts.claims} claims · {counts.sources} sources ·{" "}
            {counts.incidents} incidents
          </p>
        </div>
        {roleAllows(workspace.role, "edit") && (
          <a className="button" href={`/w/${slug}/disputes/new`}>
            New dispute
          </a>
        )}
      </div>
      <h2>Disputes</h2>
      {counts.disputes > disputes.length && (
        <p className="muted">
          The {disputes.length} most recently updated of {counts.disputes}. Find others with <a href={`/w/${slug}/search`}>Search</a>.
        </p>
      )}
      {disputes.length === 0 ? (
        <p className="empty">No disputes yet.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Contested proposition</th>
              <th scope="col">Affirmed by</th>
              <th scope="col">Disputed by</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {disputes.map((d) => (
              <tr key={d.id}>
                <td>
                  <a href={`/w/${slug}/disputes/${d.id}`}>{d.proposition}</a>
                </td>
                <td>
                  <span className="badge affirm">{d.affirming.length}</span>{" "}
                  <small>{[...new Set(d.affirming.map((c) => c.claimant?.name).filter(Boolean))].join(", ")}</small>
                </td>
                <td>
                  <span className="badge dispute">{d.disputing.length}</span>{" "}
                  <small>{[...new Set(d.disputing.map((c) => c.claimant?.name).filter(Boolean))].join(", ")}</small>
                </td>
                <td>
                  <span className="badge">{d.status.replace("_", " ").toLowerCase()}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
