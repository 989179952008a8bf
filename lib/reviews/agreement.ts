// Agreement of a session's revealed ratings: per item the distribution and spread on
// each scale, across the session Krippendorff's alpha (ordinal) per scale. Pure.
import { scales, type ScaleName } from "../ratings/scales";
import { krippendorffAlpha, interpretAlpha, spreadOf, type AlphaResult } from "./alpha";
import { ordinalPosition, ordinalSteps, sessionScales, type ItemKind } from "./session-scales";

export type CurrentRating = { id?: string; raterId: string; scale: ScaleName; value: string; rationale?: string };

export type ScaleSummary = {
  scale: ScaleName;
  /** Every option of the scale with the raters who chose it (in scale order). */
  distribution: { value: string; label: string; raterIds: string[] }[];
  n: number;
  sd: number | null;
  range: number | null;
};

export function summariseItem(kind: ItemKind, ratings: CurrentRating[]) {
  const perScale: ScaleSummary[] = sessionScales[kind].map((scale) => {
    const onScale = ratings.filter((r) => r.scale === scale);
    const distribution = scales[scale].options.map((o) => ({ value: o.value, label: o.label, raterIds: onScale.filter((r) => r.value === o.value).map((r) => r.raterId) }));
    const positions = onScale.map((r) => ordinalPosition(scale, r.value)).filter((p): p is number => p !== null);
    return { scale, distribution, ...spreadOf(positions) };
  });
  // Spread normalised by the scale's length, so a 2-step gap on confidence (3 points)
  // weighs more than the same gap on likelihood (7 points).
  const disagreement = Math.max(0, ...perScale.map((s) => (s.sd ?? 0) / Math.max(1, ordinalSteps(s.scale) - 1)));
  return { perScale, disagreement };
}

export type SessionAgreement = { scale: ScaleName; result: AlphaResult; reading: ReturnType<typeof interpretAlpha> }[];

/** Alpha (ordinal) per scale over the revealed items; each item is one unit. */
export function sessionAgreement(items: { kind: ItemKind; ratings: CurrentRating[] }[]): SessionAgreement {
  const used = (["INFO_CREDIBILITY", "LIKELIHOOD", "CONFIDENCE"] as ScaleName[]).filter((scale) => items.some((i) => sessionScales[i.kind].includes(scale)));
  return used.map((scale) => {
    const units = items
      .filter((i) => sessionScales[i.kind].includes(scale))
      .map((i) => i.ratings.filter((r) => r.scale === scale).map((r) => ordinalPosition(scale, r.value)));
    const result = krippendorffAlpha(units, "ordinal");
    return { scale, result, reading: interpretAlpha(result.alpha) };
  });
}
