import type { Metadata } from "next";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { roleAllows } from "@/lib/auth/roles";
import { listClaims } from "@/lib/claims/read-claims";
import { ratingHistory } from "@/lib/ratings/rate";
import { getSource } from "@/lib/sources/read-sources";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";
import { SourceDetails } from "@/components/SourceDetails";
import { SourceReader, type ReaderExcerpt } from "@/components/SourceReader";
import { SourceRatings } from "@/components/SourceRatings";
import { EditSourceForm } from "@/components/forms/SourceForms";
import styles from "@/components/source.module.css";
import { createExcerptAction, rateSourceAction, updateSourceAction } from "./actions";

type Params = { params: Promise<{ workspace: string; id: string }> };

export const metadata: Metadata = { title: "Source" };

export default async function SourcePage({ params }: Params) {
  const { workspace: slug, id } = await params;
  const caller = await pageCaller(`/w/${slug}/sources/${id}`);
  const [workspace, source, ratings] = await pageRead(() =>
    Promise.all([getWorkspace(caller, slug), getSource(caller, slug, id), ratingHistory(caller, slug, { sourceId: id })]),
  );
  const canEdit = roleAllows(workspace.role, "edit");
  const claims = canEdit ? (await listClaims(caller, slug)).map((c) => ({ id: c.id, statement: c.statement })) : null;

  const excerpts: ReaderExcerpt[] = source.excerpts.map((e) => ({
    id: e.id,
    start: e.start,
    end: e.end,
    exact: e.exact,
    citations: [
      ...e.appearances.map((a) => ({ claimId: a.claim.id, statement: a.claim.statement, relation: "APPEARS" as const, note: "" })),
      ...e.evidenceLinks.map((l) => ({ claimId: l.claim.id, statement: l.claim.statement, relation: l.stance, note: l.note })),
    ],
  }));
  const reliability = ratings.filter((r) => r.scale === "SOURCE_RELIABILITY");

  return (
    <main>
      <p className="breadcrumb">
        <a href={`/w/${slug}/sources`}>Sources</a> ›
      </p>
      <SourceDetails source={source} />
      <SourceReader
        workspace={slug}
        title={source.title}
        text={source.text}
        textSha256={source.textSha256}
        excerpts={excerpts}
        claims={claims}
        saveExcerpt={createExcerptAction.bind(null, slug, source.id)}
      />
      <div className={`grid-2 ${styles.below}`}>
        <SourceRatings
          ratings={reliability}
          callerId={caller.userId}
          canRate={roleAllows(workspace.role, "rate")}
          rateAction={rateSourceAction.bind(null, slug, source.id)}
        />
        {canEdit && <EditSourceForm source={source} action={updateSourceAction.bind(null, slug, source.id)} />}
      </div>
    </main>
  );
}
