import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { roleAllows } from "@/lib/auth/roles";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";
import { NewSourceForm } from "@/components/forms/SourceForms";
import { createSourceAction } from "./actions";

export const metadata: Metadata = { title: "New source" };

export default async function NewSourcePage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const caller = await pageCaller(`/w/${slug}/sources/new`);
  const workspace = await pageRead(() => getWorkspace(caller, slug));
  if (!roleAllows(workspace.role, "edit")) notFound();
  return (
    <main>
      <p className="breadcrumb">
        <a href={`/w/${slug}/sources`}>Sources</a> ›
      </p>
      <div className="page-head">
        <div>
          <h1>New source</h1>
          <p>Paste the text of an article, report or statement and describe where it came from. Passages are then quoted from this exact text.</p>
        </div>
      </div>
      <NewSourceForm action={createSourceAction.bind(null, slug)} />
    </main>
  );
}
