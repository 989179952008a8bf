import type { Metadata } from "next";
import { notFound } from "next/navigation";
import styles from "@/components/board.module.css";
import { ClaimForm } from "@/components/forms/ClaimForm";
import { listActors } from "@/lib/actors/read-actors";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { roleAllows } from "@/lib/auth/roles";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";
import { createClaimAction } from "../actions";
import { actorOptions } from "../actor-options";

export const metadata: Metadata = { title: "New claim" };

export default async function NewClaimPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const caller = await pageCaller(`/w/${slug}/claims/new`);
  const [workspace, actors] = await pageRead(() => Promise.all([getWorkspace(caller, slug), listActors(caller, slug)]));
  // The page is only a convenience; createClaim refuses non-editors on the server.
  if (!roleAllows(workspace.role, "edit")) notFound();
  return (
    <main>
      <div className="page-head">
        <div>
          <p className="breadcrumb">
            <a href={`/w/${slug}/claims`}>Claims</a> /
          </p>
          <h1>New claim</h1>
          <p>Record what was asserted, by whom, for whom and when. Attach quoted passages from the source reader.</p>
        </div>
      </div>
      <div className={`panel ${styles.narrow}`}>
        <ClaimForm action={createClaimAction.bind(null, slug)} actors={actorOptions(actors)} />
      </div>
    </main>
  );
}
