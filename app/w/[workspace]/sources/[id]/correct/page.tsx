import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { roleAllows } from "@/lib/auth/roles";
import { getSource } from "@/lib/sources/read-sources";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";
import { CorrectTextForm } from "@/components/forms/CorrectTextForm";
import { shortHash } from "@/components/sources/anchor-words";
import styles from "@/components/sources/corrections.module.css";
import { correctSourceAction } from "./actions";

type Params = { params: Promise<{ workspace: string; id: string }> };

export const metadata: Metadata = { title: "Correct the text" };

/** Editors correct a source's text; the page then reports where each quoted passage went. */
export default async function CorrectSourcePage({ params }: Params) {
  const { workspace: slug, id } = await params;
  const caller = await pageCaller(`/w/${slug}/sources/${id}/correct`);
  const [workspace, source] = await pageRead(() => Promise.all([getWorkspace(caller, slug), getSource(caller, slug, id)]));
  if (!roleAllows(workspace.role, "edit")) notFound();
  const reader = `/w/${slug}/sources/${id}`;
  const quoted = source.excerpts.filter((e) => e.anchorStatus !== "ORPHANED").length;
  return (
    <main>
      <p className="breadcrumb">
        <a href={`/w/${slug}/sources`}>Sources</a> › <a href={reader}>{source.title}</a> ›
      </p>
      <div className="page-head">
        <h1>Correct the text</h1>
      </div>
      <CorrectTextForm
        workspace={slug}
        readerHref={reader}
        text={source.text}
        version={source.version}
        action={correctSourceAction.bind(null, slug, id)}
        intro={
          <p className={styles.intro}>
            You are editing text version {source.textVersion} (sha256 <code title={source.textSha256}>{shortHash(source.textSha256)}</code>). Saving keeps this version,
            with its hash, and re-anchors the {quoted === 1 ? "1 quoted passage" : `${quoted} quoted passages`}: each is found again by position, then by its exact
            words, then by a close match near its old place. Passages that cannot be found are listed as orphans, never dropped.
          </p>
        }
      />
    </main>
  );
}
