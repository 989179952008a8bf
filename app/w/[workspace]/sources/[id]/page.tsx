import type { Metadata } from "next";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { roleAllows } from "@/lib/auth/roles";
import { listClaimChoices } from "@/lib/claims/claim-choices";
import { ratingHistory } from "@/lib/ratings/rate";
import { excerptsBetween, excerptStart, getSourceText } from "@/lib/sources/read-sources";
import { listOrphanedExcerpts } from "@/lib/sources/correct-source";
import { listTextVersions } from "@/lib/sources/read-text-versions";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";
import { SourceDetails } from "@/components/SourceDetails";
import { SourceReader, type ReaderExcerpt } from "@/components/SourceReader";
import { SourceRatings } from "@/components/SourceRatings";
import { EditSourceForm } from "@/components/forms/SourceForms";
import { OrphanedPassages } from "@/components/sources/OrphanedPassages";
import { ReaderPages } from "@/components/sources/ReaderPages";
import { TextVersions } from "@/components/sources/TextVersions";
import { pageAt, textPages } from "@/lib/text/pages";
import correctionStyles from "@/components/sources/corrections.module.css";
import styles from "@/components/source.module.css";
import { createExcerptAction, rateSourceAction, updateSourceAction } from "./actions";
import { sourceProvenance } from "@/lib/sources/derivations";
import { SourceProvenance } from "@/components/SourceProvenance";
import { markDerivedAction, removeDerivationAction } from "./provenance-actions";
import { searchClaimChoices, searchSourceChoices } from "../../choices-actions";

type Params = { params: Promise<{ workspace: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Source" };

/**
 * Only the details the edit form shows: a client component's props travel in the
 * page's RSC payload, and the whole source (text and every excerpt) would double it.
 */
function editableDetails(source: Awaited<ReturnType<typeof getSourceText>>) {
  const { title, publisher, authors, publishedAt, publishedPrecision, url, archiveUrl, accessedAt, language, kind, attribution, version } = source;
  return { title, publisher, authors, publishedAt, publishedPrecision, url, archiveUrl, accessedAt, language, kind, attribution, version };
}

/** The page to show: the one holding ?passage= (`passageStart`), else ?page= (kept in range), else the first. */
function currentPage(text: string, passageStart: number | null, query: Record<string, string | string[] | undefined>) {
  const pages = textPages(text);
  if (passageStart !== null) return { pages, current: pageAt(pages, passageStart) };
  const asked = Number(query.page);
  const number = Number.isInteger(asked) ? Math.min(Math.max(asked, 1), pages.length) : 1;
  return { pages, current: pages[number - 1] };
}

export default async function SourcePage({ params, searchParams }: Params) {
  const { workspace: slug, id } = await params;
  const caller = await pageCaller(`/w/${slug}/sources/${id}`);
  const [workspace, source, ratings] = await pageRead(() =>
    Promise.all([getWorkspace(caller, slug), getSourceText(caller, slug, id), ratingHistory(caller, slug, { sourceId: id })]),
  );
  const canEdit = roleAllows(workspace.role, "edit");
  const query = await searchParams;
  // The page of text shown, and its excerpts (orphans keep offsets into an older text, so they are listed below instead).
  const shown = async () => {
    const passageStart = typeof query.passage === "string" ? await excerptStart(caller, slug, id, query.passage) : null;
    const { pages, current } = currentPage(source.text, passageStart, query);
    return { pages, current, onPage: await excerptsBetween(caller, slug, id, current) };
  };
  // Side by side: each needs only the source.
  const [provenance, claims, versions, orphans, { pages, current, onPage }] = await pageRead(() =>
    Promise.all([
      sourceProvenance(caller, slug, id),
      canEdit ? listClaimChoices(caller, slug).then((list) => list.map((c) => ({ id: c.id, statement: c.statement }))) : null,
      listTextVersions(caller, slug, id),
      listOrphanedExcerpts(caller, slug, { sourceId: id }),
      shown(),
    ]),
  );
  const sourceHref = `/w/${slug}/sources/${id}`;

  const excerpts: ReaderExcerpt[] = onPage.map((e) => ({
    id: e.id,
    start: e.start,
    end: e.end,
    exact: e.exact,
    anchor: { anchorStatus: e.anchorStatus, anchorScore: e.anchorScore, textVersion: e.textVersion, textSha256: e.textSha256 },
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
      {(canEdit || orphans.length > 0) && (
        <p className={correctionStyles.sourceActions}>
          {orphans.length > 0 && (
            <a href="#orphans-heading" className="badge dispute">
              {orphans.length === 1 ? "1 orphaned passage" : `${orphans.length} orphaned passages`}
            </a>
          )}
          {canEdit && (
            <a href={`${sourceHref}/correct`} className="button secondary">
              Correct the text
            </a>
          )}
        </p>
      )}
      <ReaderPages href={sourceHref} pages={pages} current={current} label="Pages of the text" />
      <SourceReader
        workspace={slug}
        title={source.title}
        text={source.text.slice(current.start, current.end)}
        offset={current.start}
        page={pages.length > 1 ? { number: current.number, count: pages.length } : null}
        textSha256={source.textSha256}
        excerpts={excerpts}
        claims={claims}
        searchClaims={searchClaimChoices.bind(null, slug, [])}
        saveExcerpt={createExcerptAction.bind(null, slug, source.id)}
      />
      <ReaderPages href={sourceHref} pages={pages} current={current} label="Pages of the text, again" />
      <div className={`grid-2 ${styles.below}`}>
        <TextVersions versions={versions} sourceHref={sourceHref} canCorrect={canEdit} />
        <OrphanedPassages orphans={orphans} sourceHref={sourceHref} workspace={slug} />
      </div>
      <div className={`grid-2 ${styles.below}`}>
        <SourceRatings
          ratings={reliability}
          callerId={caller.userId}
          canRate={roleAllows(workspace.role, "rate")}
          rateAction={rateSourceAction.bind(null, slug, source.id)}
        />
        {canEdit && <EditSourceForm source={editableDetails(source)} action={updateSourceAction.bind(null, slug, source.id)} />}
      </div>
      <SourceProvenance
        slug={slug}
        provenance={provenance}
        markAction={canEdit ? markDerivedAction.bind(null, slug, source.id) : undefined}
        removeAction={canEdit ? removeDerivationAction.bind(null, slug, source.id) : undefined}
        searchSources={searchSourceChoices.bind(null, slug, source.id)}
      />
    </main>
  );
}
