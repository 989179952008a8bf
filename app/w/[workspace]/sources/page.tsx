import type { Metadata } from "next";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { roleAllows } from "@/lib/auth/roles";
import { formatDate } from "@/lib/dates";
import { listSources } from "@/lib/sources/read-sources";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const caller = await pageCaller(`/w/${slug}/sources`);
  const [workspace, sources] = await pageRead(() => Promise.all([getWorkspace(caller, slug), listSources(caller, slug)]));
  return (
    <main>
      <div className="page-head">
        <div>
          <h1>Sources</h1>
          <p>The texts claims are quoted from, each stored exactly as imported.</p>
        </div>
        {roleAllows(workspace.role, "edit") && (
          <div>
            <a className="button secondary" href={`/w/${slug}/sources/import`}>
              Import files
            </a>{" "}
            <a className="button" href={`/w/${slug}/sources/new`}>
              New source
            </a>
          </div>
        )}
      </div>
      {sources.length === 0 ? (
        <p className="empty">No sources yet.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Publisher</th>
              <th scope="col">Authors</th>
              <th scope="col">Published</th>
              <th scope="col">Language</th>
              <th scope="col">Excerpts</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <tr key={s.id}>
                <td>
                  <a href={`/w/${slug}/sources/${s.id}`}>{s.title}</a>
                </td>
                <td>{s.publisher || <span className="muted">—</span>}</td>
                <td>{s.authors.length ? s.authors.join(", ") : <span className="muted">—</span>}</td>
                <td>{formatDate(s.publishedAt, s.publishedPrecision)}</td>
                <td>{s.language}</td>
                <td>{s._count.excerpts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
