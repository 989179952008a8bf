import type { Metadata } from "next";
import { NewTagForm, TagRow } from "@/components/forms/TagForms";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { roleAllows } from "@/lib/auth/roles";
import { listTags } from "@/lib/tags/read-tags";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";

export const metadata: Metadata = { title: "Tags" };

export default async function TagsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const caller = await pageCaller(`/w/${slug}/tags`);
  const [workspace, tags] = await pageRead(() => Promise.all([getWorkspace(caller, slug), listTags(caller, slug)]));
  const canManage = roleAllows(workspace.role, "manage");
  return (
    <main>
      <div className="page-head">
        <div>
          <p className="breadcrumb">
            <a href={`/w/${slug}/members`}>Members</a> /
          </p>
          <h1>Tags</h1>
          <p>The workspace&apos;s controlled vocabulary. Owners manage the terms; editors apply them to claims on each claim&apos;s page.</p>
        </div>
      </div>
      {tags.length === 0 ? (
        <p className="empty">No tags yet.</p>
      ) : (
        <table className="data">
          <caption className="sr-only">Tags of {workspace.name}</caption>
          <thead>
            <tr>
              <th scope="col">Tag</th>
              <th scope="col">What it means</th>
              <th scope="col">Claims</th>
              {canManage && <th scope="col">Delete</th>}
            </tr>
          </thead>
          <tbody>
            {tags.map((t) =>
              canManage ? (
                <TagRow key={t.id} workspace={workspace.slug} tag={{ id: t.id, name: t.name, description: t.description, version: t.version, count: t._count.claims }} />
              ) : (
                <tr key={t.id}>
                  <th scope="row">{t.name}</th>
                  <td>{t.description || <span className="muted">—</span>}</td>
                  <td>{t._count.claims}</td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {canManage && <NewTagForm workspace={workspace.slug} />}
    </main>
  );
}
