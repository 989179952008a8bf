import type { Metadata } from "next";
import styles from "@/components/board.module.css";
import { ClaimMeta, myRatings } from "@/components/ClaimCard";
import { ClaimLinks } from "@/components/ClaimLinks";
import { ClaimTags } from "@/components/ClaimTags";
import { ClaimEvidence } from "@/components/claims/ClaimEvidence";
import { RatingHistory } from "@/components/claims/RatingHistory";
import { RatingsTable } from "@/components/claims/RatingsTable";
import { numericText } from "@/components/claims/claim-words";
import { ClaimForm } from "@/components/forms/ClaimForm";
import { RatingForm } from "@/components/forms/RatingForm";
import { Passage } from "@/components/Passage";
import { listActors } from "@/lib/actors/read-actors";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { claimTitle } from "@/lib/page-titles";
import { roleAllows } from "@/lib/auth/roles";
import { getClaim } from "@/lib/claims/read-claims";
import { ratingHistory } from "@/lib/ratings/rate";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";
import { rateClaimAction, updateClaimAction } from "../actions";
import { actorOptions, claimFormValues } from "../actor-options";

type Params = { params: Promise<{ workspace: string; id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { workspace: slug, id } = await params;
  const caller = await pageCaller(`/w/${slug}/claims/${id}`);
  const statement = await pageRead(() => claimTitle(caller, slug, id));
  return { title: statement.length > 70 ? `${statement.slice(0, 70)}…` : statement };
}

export default async function ClaimPage({ params }: Params) {
  const { workspace: slug, id } = await params;
  const caller = await pageCaller(`/w/${slug}/claims/${id}`);
  const [workspace, claim, history] = await pageRead(() =>
    Promise.all([getWorkspace(caller, slug), getClaim(caller, slug, id), ratingHistory(caller, slug, { claimId: id })]),
  );
  const canEdit = roleAllows(workspace.role, "edit");
  const actors = canEdit ? await listActors(caller, slug) : [];
  const raterNames = Object.fromEntries(history.map((r) => [r.raterId, r.raterName]));
  const sources = new Set(claim.appearances.map((a) => a.excerpt.sourceId)).size;
  const numeric = numericText(claim);

  return (
    <main>
      <div className="page-head">
        <div>
          <p className="breadcrumb">
            <a href={`/w/${slug}/claims`}>Claims</a> /
          </p>
          <ClaimMeta claim={claim} />
          <h1 className={styles.proposition}>{claim.statement}</h1>
          {numeric && (
            <p className={styles.figure}>
              Figure claimed: <span className={styles.numeric}>{numeric}</span>
            </p>
          )}
        </div>
      </div>
      {canEdit && (
        <details className={`${styles.drawer} ${styles.spaced}`}>
          <summary>Edit claim</summary>
          <div className={styles.drawerBody}>
            <ClaimForm action={updateClaimAction.bind(null, slug)} actors={actorOptions(actors)} initial={claimFormValues(claim)} edit={{ id: claim.id, version: claim.version }} />
          </div>
        </details>
      )}
      <div className={styles.detail}>
        <div>
          <section className="panel" aria-labelledby="passages-heading">
            <h2 id="passages-heading">
              Quoted passages <small>({claim.appearances.length ? `${claim.appearances.length} in ${sources === 1 ? "1 source" : `${sources} sources`}` : "none"})</small>
            </h2>
            {claim.appearances.length === 0 && <p className="empty">No quoted passage yet. Select one in the source reader to attach it.</p>}
            {claim.appearances.map((a) => (
              <Passage key={a.id} excerpt={a.excerpt} slug={slug} />
            ))}
          </section>
          <ClaimEvidence evidence={claim.evidence} slug={slug} standalone />
          <ClaimLinks caller={caller} slug={slug} claimId={claim.id} canEdit={canEdit} />
          <section className="panel" aria-labelledby="disputes-heading">
            <h2 id="disputes-heading">In disputes</h2>
            {claim.disputes.length === 0 ? (
              <p className="empty">Not placed in any dispute yet.</p>
            ) : (
              <ul className={styles.plainList}>
                {claim.disputes.map((d) => (
                  <li key={d.id}>
                    <span className={`badge ${d.side === "AFFIRMS" ? "affirm" : "dispute"}`}>{d.side === "AFFIRMS" ? "Affirms" : "Disputes"}</span>{" "}
                    <a href={`/w/${slug}/disputes/${d.dispute.id}`}>{d.dispute.proposition}</a>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <aside aria-labelledby="ratings-heading">
          <section className="panel">
            <h2 id="ratings-heading">Ratings</h2>
            <RatingsTable ratings={claim.ratings} raterNames={raterNames} me={caller.userId} caption="Current ratings" />
            {roleAllows(workspace.role, "rate") && (
              <details className={`${styles.drawer} ${styles.rateForm}`}>
                <summary>{Object.keys(myRatings(claim, caller.userId)).length ? "Change your rating" : "Rate this claim"}</summary>
                <div className={styles.drawerBody}>
                  <RatingForm action={rateClaimAction.bind(null, slug)} claimId={claim.id} mine={myRatings(claim, caller.userId)} claimLabel={claim.statement} />
                </div>
              </details>
            )}
          </section>
          <ClaimTags caller={caller} slug={slug} claimId={claim.id} tags={claim.tags} canEdit={canEdit} />
          <RatingHistory history={history} />
        </aside>
      </div>
    </main>
  );
}
