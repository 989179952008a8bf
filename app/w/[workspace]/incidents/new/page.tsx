import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { listActors } from "@/lib/actors/read-actors";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { roleAllows } from "@/lib/auth/roles";
import { listSources } from "@/lib/sources/read-sources";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";
import { NewIncidentForm } from "@/components/forms/IncidentForms";
import { createIncidentAction } from "./actions";

export const metadata: Metadata = { title: "New incident" };

export default async function NewIncidentPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const caller = await pageCaller(`/w/${slug}/incidents/new`);
  const [workspace, actors, sources] = await pageRead(() => Promise.all([getWorkspace(caller, slug), listActors(caller, slug), listSources(caller, slug)]));
  if (!roleAllows(workspace.role, "edit")) notFound();
  return (
    <main>
      <p className="breadcrumb">
        <a href={`/w/${slug}/incidents`}>Incidents</a> ›
      </p>
      <div className="page-head">
        <div>
          <h1>New incident</h1>
          <p>Record the attack once, with the first source’s own figures. Add other sources’ figures on the incident’s page.</p>
        </div>
      </div>
      <NewIncidentForm
        action={createIncidentAction.bind(null, slug)}
        actors={actors.map((a) => ({ id: a.id, name: a.name }))}
        sources={sources.map((s) => ({ id: s.id, name: s.title }))}
      />
    </main>
  );
}
