import type { Metadata } from "next";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { roleAllows } from "@/lib/auth/roles";
import { summarizeWorkspaceBackup } from "@/lib/backup/backup-summary";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";

export const metadata: Metadata = { title: "Backup" };

export default async function BackupPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const caller = await pageCaller(`/w/${slug}/backup`);
  const workspace = await pageRead(() => getWorkspace(caller, slug));
  const isOwner = roleAllows(workspace.role, "manage");
  const lines = isOwner ? await pageRead(() => summarizeWorkspaceBackup(caller, slug)) : [];
  const href = `/api/v1/workspaces/${workspace.slug}/backup`;
  return (
    <main>
      <div className="page-head">
        <div>
          <h1>Backup</h1>
          <p>
            One file holding the whole workspace, to keep safe or to move it to another Counterclaim. Every table carries a SHA-256
            of its content, so a damaged or altered file is refused on restore, and each source text is checked against its own hash.
          </p>
        </div>
      </div>
      {!isOwner ? (
        <p className="notice">Only owners of {workspace.name} can download a backup. Ask an owner if you need one.</p>
      ) : (
        <>
          <p className="notice error" role="note">
            A backup contains everything in this workspace — texts, notes, ratings, judgments, memos and the audit log with members&apos;
            names and email addresses. Store it as you would the workspace itself. Each download is recorded in the audit log.
          </p>
          <p>
            <a className="button" href={href} download>
              Download backup (.json.gz)
            </a>{" "}
            <a className="button secondary" href={`${href}?format=json`} download>
              Uncompressed JSON
            </a>
          </p>
          <table className="data">
            <caption>What the backup holds now</caption>
            <thead>
              <tr>
                <th scope="col">Contents</th>
                <th scope="col">Records</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line.label}>
                  <td>{line.label}</td>
                  <td>{line.rows.toLocaleString("en")}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>Not in a backup</h2>
          <p>Passwords and API tokens (people sign in and create tokens again), the search index (rebuilt on restore) and the sign-in log.</p>
          <h2>Restoring</h2>
          <p>
            A backup becomes a new workspace in a database where it does not exist yet; it never merges into or overwrites one. An
            operator runs <code>npm run restore -- &lt;file&gt;</code>; an owner of the workspace in the file can also send it to{" "}
            <code>POST /api/v1/workspaces/restore</code> (see the API documentation).
          </p>
        </>
      )}
    </main>
  );
}
