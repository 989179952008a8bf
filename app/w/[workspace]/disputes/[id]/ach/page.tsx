import type { Metadata } from "next";
import { AchMatrix, type AchMode } from "@/components/AchMatrix";
import { AchLegend, AchMethods, AchRanking, AchReviewerScores } from "@/components/AchScores";
import styles from "@/components/ach.module.css";
import { AddEvidenceForm, EvidenceRowForm, HypothesisForm, MyRatingsForm } from "@/components/forms/AchForms";
import { AchRemoveForm } from "@/components/forms/AchRemoveForm";
import { achEvidenceChoices, getAchMatrix } from "@/lib/ach/read-matrix";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { disputeTitle } from "@/lib/page-titles";
import { roleAllows } from "@/lib/auth/roles";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";
import {
  addAchEvidenceAction,
  addHypothesisAction,
  rateAchCellsAction,
  removeAchEvidenceAction,
  removeHypothesisAction,
  updateAchEvidenceAction,
  updateHypothesisAction,
} from "./actions";

type Props = {
  params: Promise<{ workspace: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspace: slug, id } = await params;
  const caller = await pageCaller(`/w/${slug}/disputes/${id}/ach`);
  return { title: `ACH: ${await pageRead(() => disputeTitle(caller, slug, id))}` };
}

export default async function AchPage({ params, searchParams }: Props) {
  const { workspace: slug, id } = await params;
  const search = await searchParams;
  const base = `/w/${slug}/disputes/${id}/ach`;
  const caller = await pageCaller(base);
  const excludeDeceptive = search.deceptive === "exclude";
  const [workspace, matrix] = await pageRead(() => Promise.all([getWorkspace(caller, slug), getAchMatrix(caller, slug, id, { excludeDeceptive })]));
  const canRate = roleAllows(workspace.role, "rate");
  const canEdit = roleAllows(workspace.role, "edit");
  const mode: AchMode = canRate && search.view === "mine" ? "mine" : "team";
  const choices = canEdit ? await achEvidenceChoices(caller, slug, id) : null;

  const href = (next: { view?: AchMode; exclude?: boolean }) => {
    const query = new URLSearchParams();
    if ((next.view ?? mode) === "mine") query.set("view", "mine");
    if (next.exclude ?? excludeDeceptive) query.set("deceptive", "exclude");
    const text = query.toString();
    return text ? `${base}?${text}` : base;
  };
  const score = mode === "mine" ? matrix.mine.score : matrix.team.score;
  const raterNames = Object.fromEntries(matrix.raters.map((r) => [r.id, r.name]));
  const deceptiveRows = matrix.evidence.filter((e) => e.possiblyDeceptive).length;
  const splits = Object.values(matrix.team.cells).filter((c) => c.disagrees).length;
  const diagnostic = score.evidence.filter((e) => e.diagnostic).length;

  const table = <AchMatrix matrix={matrix} mode={mode} slug={slug} score={score} raterNames={raterNames} />;

  return (
    <main>
      <header className={styles.head}>
        <div>
          <p className="breadcrumb">
            <a href={`/w/${slug}`}>Disputes</a> / <a href={`/w/${slug}/disputes/${id}`}>Dispute board</a> / ACH
          </p>
          <p className={styles.eyebrow}>Analysis of competing hypotheses</p>
          <h1 className={styles.proposition}>{matrix.dispute.proposition}</h1>
        </div>
        <dl className={styles.stats} aria-label="Matrix">
          <div>
            <dt>Reviewers</dt>
            <dd>{matrix.raters.length}</dd>
          </div>
          <div>
            <dt>Diagnostic</dt>
            <dd>
              {diagnostic}/{matrix.evidence.length}
            </dd>
          </div>
          <div>
            <dt>Splits</dt>
            <dd>{splits}</dd>
          </div>
        </dl>
      </header>

      <div className={styles.controls}>
        <nav className={styles.tabs} aria-label="Whose ratings">
          <a href={href({ view: "team" })} aria-current={mode === "team" ? "page" : undefined}>
            Team view
          </a>
          {canRate && (
            <a href={href({ view: "mine" })} aria-current={mode === "mine" ? "page" : undefined}>
              My ratings
            </a>
          )}
        </nav>
        <a className={styles.toggle} href={href({ exclude: !excludeDeceptive })} data-on={excludeDeceptive} aria-describedby="deceptive-state">
          <span className={styles.switch} aria-hidden="true" />
          Exclude possibly deceptive evidence
          <span id="deceptive-state" className="sr-only">
            {excludeDeceptive ? "(on: follow to include it again)" : "(off)"}
          </span>
        </a>
        <AchLegend />
      </div>

      {excludeDeceptive && (
        <p className={styles.banner} role="status">
          Scores leave out {deceptiveRows === 1 ? "1 row" : `${deceptiveRows} rows`} marked possibly deceptive.
        </p>
      )}

      {matrix.hypotheses.length > 0 && (
        <AchRanking hypotheses={matrix.hypotheses} score={score} title={mode === "mine" ? "Your ranking, least inconsistent first" : "Team ranking, least inconsistent first"} />
      )}

      {matrix.hypotheses.length === 0 ? (
        <p className="panel empty">No hypotheses yet.{canEdit ? " Add the first below." : " An editor sets them up."}</p>
      ) : mode === "mine" ? (
        <MyRatingsForm action={rateAchCellsAction.bind(null, slug, id)}>{table}</MyRatingsForm>
      ) : (
        table
      )}

      <div className={styles.below}>
        <AchReviewerScores matrix={matrix} />
        <AchMethods />
      </div>

      {canEdit && choices && (
        <section className={styles.tools} aria-labelledby="ach-build">
          <h2 id="ach-build">Build the matrix</h2>
          <details className={styles.drawer}>
            <summary>Add a hypothesis</summary>
            <div className={styles.drawerBody}>
              <HypothesisForm action={addHypothesisAction.bind(null, slug, id)} disputeId={id} nextLabel={`H${matrix.hypotheses.length + 1}`} />
            </div>
          </details>
          <details className={styles.drawer}>
            <summary>Add evidence</summary>
            <div className={styles.drawerBody}>
              <AddEvidenceForm action={addAchEvidenceAction.bind(null, slug, id)} disputeId={id} choices={choices} />
            </div>
          </details>
          {matrix.hypotheses.length > 0 && (
            <details className={styles.drawer}>
              <summary>Edit hypotheses</summary>
              <div className={styles.drawerBody}>
                {matrix.hypotheses.map((h) => (
                  <div key={`${h.id}-${h.version}`}>
                    <HypothesisForm action={updateHypothesisAction.bind(null, slug, id)} disputeId={id} hypothesis={h} />
                    <AchRemoveForm action={removeHypothesisAction.bind(null, slug, id)} id={h.id} version={h.version} label={h.label} consequence="Every reviewer's ratings in its column go with it (the audit log keeps them)." />
                  </div>
                ))}
              </div>
            </details>
          )}
          {matrix.evidence.length > 0 && (
            <details className={styles.drawer}>
              <summary>Edit evidence weights and flags</summary>
              <div className={styles.drawerBody}>
                {matrix.evidence.map((e, index) => (
                  <div key={`${e.id}-${e.version}`}>
                    <EvidenceRowForm action={updateAchEvidenceAction.bind(null, slug, id)} row={e} label={`E${index + 1}`} />
                    <AchRemoveForm action={removeAchEvidenceAction.bind(null, slug, id)} id={e.id} version={e.version} label={`E${index + 1}`} consequence="Every reviewer's ratings in its row go with it (the audit log keeps them)." />
                  </div>
                ))}
              </div>
            </details>
          )}
        </section>
      )}
    </main>
  );
}
