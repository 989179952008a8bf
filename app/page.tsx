import { redirect } from "next/navigation";
import { pageCaller } from "@/lib/auth/page-access";
import { listMyWorkspaces } from "@/lib/workspaces/read-workspaces";
import { roleLabels } from "@/lib/auth/roles";

export default async function Home() {
  const caller = await pageCaller("/");
  const workspaces = await listMyWorkspaces(caller);
  if (workspaces.length === 1) redirect(`/w/${workspaces[0].slug}`);
  return (
    <main>
      <h1>Your workspaces</h1>
      {workspaces.length === 0 ? (
        <p className="empty">You are not a member of any workspace yet. Ask a workspace owner to add you.</p>
      ) : (
        <ul>
          {workspaces.map((w) => (
            <li key={w.id}>
              <a href={`/w/${w.slug}`}>{w.name}</a> <span className="badge">{roleLabels[w.role]}</span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
