import type { Metadata } from "next";
import { AddMemberForm, MemberRow } from "@/components/forms/MemberForms";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { roleAllows } from "@/lib/auth/roles";
import { listMembers } from "@/lib/workspaces/members";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const caller = await pageCaller(`/w/${slug}/members`);
  const [workspace, members] = await pageRead(() => Promise.all([getWorkspace(caller, slug), listMembers(caller, slug)]));
  const canManage = roleAllows(workspace.role, "manage");
  return (
    <main>
      <div className="page-head">
        <div>
          <h1>Members</h1>
          <p>Viewers read; reviewers also rate; editors also create and edit; owners also manage members.</p>
        </div>
        <a className="button secondary" href={`/w/${slug}/tags`}>Tag vocabulary</a>
      </div>
      <table className="data">
        <caption className="sr-only">Members of {workspace.name}</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Role</th>
            {canManage && <th scope="col">Remove</th>}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <MemberRow
              key={m.id}
              workspace={workspace.slug}
              canManage={canManage}
              member={{ id: m.id, version: m.version, role: m.role, name: m.user.name, email: m.user.email }}
            />
          ))}
        </tbody>
      </table>
      {canManage && <AddMemberForm workspace={workspace.slug} />}
    </main>
  );
}
