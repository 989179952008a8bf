import type { FormState } from "@/lib/actions/form-state";
import type { ClaimDetail } from "@/lib/claims/claim-detail";
import { formatDate, isoDay } from "@/lib/dates";
import type { ScaleName } from "@/lib/ratings/scales";
import styles from "./board.module.css";
import { ClaimEvidence } from "./claims/ClaimEvidence";
import { corroborationText, kindLabel, numericText, plural } from "./claims/claim-words";
import { RatingsTable } from "./claims/RatingsTable";
import { RatingForm, type MyRatings } from "./forms/RatingForm";
import { Passage } from "./Passage";
import { repeatsText } from "./provenance-words";

type RateAction = (state: FormState, data: FormData) => Promise<FormState>;

export type ClaimCardProps = {
  claim: ClaimDetail;
  corroboration: { sources: number; origins: number; groups?: { originTitle: string; repeats: number }[] };
  slug: string;
  raterNames: Record<string, string>;
  me: string;
  /** Present when the viewer may rate (reviewers and above); the server checks again. */
  rateAction?: RateAction;
};

/** Who made the claim, for whom, and when. */
export function ClaimMeta({ claim }: { claim: ClaimDetail }) {
  return (
    <p className={styles.meta}>
      <span className="badge">{kindLabel(claim.kind)}</span>
      <span>
        <span className={styles.claimant}>{claim.claimant?.name ?? "Unattributed"}</span>
        {claim.onBehalfOf && claim.onBehalfOf.id !== claim.claimant?.id && <> for {claim.onBehalfOf.name}</>}
      </span>
      <time dateTime={isoDay(claim.madeAt) ?? undefined}>{formatDate(claim.madeAt, claim.madePrecision)}</time>
    </p>
  );
}

export function myRatings(claim: ClaimDetail, me: string): MyRatings {
  const mine: MyRatings = {};
  for (const r of claim.ratings) if (r.raterId === me) mine[r.scale as ScaleName] = { id: r.id, value: r.value, rationale: r.rationale };
  return mine;
}

/** One claim on the dispute board: what was said, where, the evidence, and how reviewers rate it. */
export function ClaimCard({ claim, corroboration, slug, raterNames, me, rateAction }: ClaimCardProps) {
  const titleId = `claim-${claim.id}`;
  const numeric = numericText(claim);
  const mine = myRatings(claim, me);
  const raters = new Set(claim.ratings.map((r) => r.raterId)).size;
  return (
    <article className={styles.card} aria-labelledby={titleId}>
      <ClaimMeta claim={claim} />
      <h3 className={styles.statement} id={titleId}>
        <a href={`/w/${slug}/claims/${claim.id}`}>{claim.statement}</a>
      </h3>
      {numeric && (
        <p className={styles.figure}>
          Figure claimed: <span className={styles.numeric}>{numeric}</span>
        </p>
      )}

      <section className={styles.section}>
        <h4 className={styles.sectionTitle}>
          Quoted in <span className={styles.origins}>{corroborationText(corroboration)}{repeatsText(corroboration)}</span>
        </h4>
        {claim.appearances.length === 0 && <p className={styles.nothing}>No quoted passage yet.</p>}
        {claim.appearances.map((a) => (
          <Passage key={a.id} excerpt={a.excerpt} slug={slug} />
        ))}
      </section>

      <ClaimEvidence evidence={claim.evidence} slug={slug} />

      <section className={styles.section}>
        <h4 className={styles.sectionTitle}>
          Ratings <span>{raters ? plural(raters, "rater") : ""}</span>
        </h4>
        <RatingsTable ratings={claim.ratings} raterNames={raterNames} me={me} caption={`Ratings of: ${claim.statement}`} />
        {rateAction && (
          <details className={`${styles.drawer} ${styles.rateForm}`}>
            <summary>{Object.keys(mine).length ? "Change your rating" : "Rate this claim"}</summary>
            <div className={styles.drawerBody}>
              <RatingForm action={rateAction} claimId={claim.id} mine={mine} claimLabel={claim.statement} />
            </div>
          </details>
        )}
      </section>
    </article>
  );
}
