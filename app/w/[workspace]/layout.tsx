import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { roleLabels } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";
import { WorkspaceNav } from "@/components/WorkspaceNav";
import { SignOutButton } from "@/components/SignOutButton";

export default async function WorkspaceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const caller = await pageCaller(`/w/${slug}`);
  const workspace = await pageRead(() => getWorkspace(caller, slug));
  const user = await db.user.findUnique({ where: { id: caller.userId }, select: { name: true } });
  return (
    <>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="topbar">
        <a className="brand" href={`/w/${workspace.slug}`}>
          Counterclaim
        </a>
        <WorkspaceNav slug={workspace.slug} />
        <div className="who">
          <span>
            {user?.name} · {roleLabels[workspace.role]}
          </span>
          <a href={`/w/${workspace.slug}/tokens`}>API tokens</a>
          <SignOutButton />
        </div>
      </header>
      <div id="content">{children}</div>
    </>
  );
}
