import type { JudgedClaim } from "../citations/claim-review";
import { scaleLabel, scales, type ScaleName } from "../ratings/scales";
import type { MaterialClaim, MaterialJudgment } from "./load-material";

type RatingRow = { scale: string; value: string; raterId: string; rationale: string };

/** Each scale's current ratings in words: "Information credibility: 2 Probably true (Sara K.)". */
export function ratingSummary(ratings: RatingRow[], userName: (id: string) => string): string[] {
  const byScale = new Map<string, RatingRow[]>();
  for (const r of ratings) byScale.set(r.scale, [...(byScale.get(r.scale) ?? []), r]);
  return [...byScale.entries()].map(([scale, rows]) => {
    const name = scales[scale as ScaleName]?.name ?? scale;
    const values = rows.map((r) => `${scaleLabel(scale as ScaleName, r.value)} (${userName(r.raterId)})`);
    return `${name}: ${values.join("; ")}`;
  });
}

/** The middle value of the raters' positions on a scale (the lower middle when even). */
function medianValue(scale: ScaleName, rows: RatingRow[]): RatingRow | null {
  const order = scales[scale].options.map((o) => o.value as string);
  const sorted = rows.filter((r) => order.includes(r.value)).sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
}

/**
 * The verdict a ClaimReview publishes: a review session's judgment on the claim
 * when there is one; otherwise the raters' median likelihood (with their median
 * confidence); otherwise their median information credibility.
 */
export function claimVerdict(claim: MaterialClaim, judgments: MaterialJudgment[]): JudgedClaim["verdict"] | null {
  const judgment = judgments.find((j) => j.claimId === claim.id);
  if (judgment) {
    return { scale: "LIKELIHOOD", value: judgment.likelihood, confidence: judgment.confidence, explanation: judgment.rationale || judgment.statement };
  }
  const of = (scale: ScaleName) => claim.ratings.filter((r) => r.scale === scale);
  const likely = medianValue("LIKELIHOOD", of("LIKELIHOOD"));
  if (likely) {
    const confident = medianValue("CONFIDENCE", of("CONFIDENCE"));
    return { scale: "LIKELIHOOD", value: likely.value, confidence: confident?.value ?? null, explanation: likely.rationale };
  }
  const credible = medianValue("INFO_CREDIBILITY", of("INFO_CREDIBILITY"));
  return credible ? { scale: "INFO_CREDIBILITY", value: credible.value, explanation: credible.rationale } : null;
}
