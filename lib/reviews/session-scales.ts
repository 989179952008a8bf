// Which scales a review item is rated on, and where each value sits on its
// ordinal line for agreement measures. Pure: pages and client components use it too.
import { likelihood, confidence, scales, type ScaleName } from "../ratings/scales";

export type ItemKind = "claim" | "dispute";

/**
 * A claim is rated for the credibility of its information, and for how likely it is
 * to be true with what confidence. A dispute is rated on its proposition: likelihood
 * and confidence only (information credibility describes a reported item, not a
 * question the team is weighing).
 */
export const sessionScales: Record<ItemKind, ScaleName[]> = {
  claim: ["INFO_CREDIBILITY", "LIKELIHOOD", "CONFIDENCE"],
  dispute: ["LIKELIHOOD", "CONFIDENCE"],
};

/**
 * The position of a value on its scale's ordinal line, or null when the value is
 * not a point on that line: "6 — truth cannot be judged" and "F — reliability
 * cannot be judged" say the rater declines to place it, so they count in the
 * distribution but not in spread or alpha.
 */
export function ordinalPosition(scale: ScaleName, value: string): number | null {
  if (scale === "INFO_CREDIBILITY") return value === "6" ? null : Number(value);
  if (scale === "SOURCE_RELIABILITY") return value === "F" ? null : "ABCDE".indexOf(value) + 1 || null;
  const options: readonly { value: string }[] = scale === "LIKELIHOOD" ? likelihood : confidence;
  const index = options.findIndex((o) => o.value === value);
  return index < 0 ? null : index + 1;
}

/** How many steps the scale's ordinal line has (for normalising spread across scales). */
export function ordinalSteps(scale: ScaleName): number {
  return scales[scale].options.filter((o) => ordinalPosition(scale, o.value) !== null).length;
}

// ICD 203 asks that likelihood and confidence not share a sentence.
const confidenceWords = /\b(low|moderate|high)\s+confidence\b|\bconfiden(ce|t)\b/i;

/** True when a judgment statement mixes a likelihood term with a confidence level. */
export function mixesLikelihoodAndConfidence(statement: string): boolean {
  const text = statement.toLowerCase();
  const hasLikelihood = likelihood.some((term) => new RegExp(`\\b${term.value}\\b`).test(text)) || /\b(probabl[ey]|unlikely|likely)\b/.test(text);
  return hasLikelihood && confidenceWords.test(text);
}
