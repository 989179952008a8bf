import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewDisputeForm } from "@/components/forms/NewDisputeForm";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { roleAllows } from "@/lib/auth/roles";
import { listClaims } from "@/lib/claims/read-claims";
import { formatDate } from "@/lib/dates";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";
import { createDisputeAction } from "../actions";

export const metadata: Metadata = { title: "New dispute" };

export default async function NewDisputePage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const caller = await pageCaller(`/w/${slug}/disputes/new`);
  const [workspace, claims] = await pageRead(() => Promise.all([getWorkspace(caller, slug), listClaims(caller, slug)]));
  // A convenience only; createDispute refuses non-editors on the server.
  if (!roleAllows(workspace.role, "edit")) notFound();
  const pickable = claims.map((c) => ({
    id: c.id,
    statement: c.statement,
    byline: [c.claimant?.name ?? "Unattributed", formatDate(c.madeAt, c.madePrecision)].join(" · "),
  }));
  return (
    <main>
      <div className="page-head">
        <div>
          <p className="breadcrumb">
            <a href={`/w/${slug}`}>Disputes</a> /
          </p>
          <h1>New dispute</h1>
          <p>State the contested proposition, then put the claims that affirm it and those that dispute it on their sides. A claim can stand on only one side.</p>
        </div>
      </div>
      <div className="panel">
        <NewDisputeForm action={createDisputeAction.bind(null, slug)} claims={pickable} />
      </div>
    </main>
  );
}
