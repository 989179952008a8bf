/** The rating scales analysts use, with their words (see shared DOMAIN.md). */
export const sourceReliability = [
  { value: "A", label: "Completely reliable" },
  { value: "B", label: "Usually reliable" },
  { value: "C", label: "Fairly reliable" },
  { value: "D", label: "Not usually reliable" },
  { value: "E", label: "Unreliable" },
  { value: "F", label: "Reliability cannot be judged" },
] as const;

export const infoCredibility = [
  { value: "1", label: "Confirmed by other sources" },
  { value: "2", label: "Probably true" },
  { value: "3", label: "Possibly true" },
  { value: "4", label: "Doubtful" },
  { value: "5", label: "Improbable" },
  { value: "6", label: "Truth cannot be judged" },
] as const;

// ICD 203 likelihood terms and their probability bands.
export const likelihood = [
  { value: "almost no chance", label: "Almost no chance (1–5%)" },
  { value: "very unlikely", label: "Very unlikely (5–20%)" },
  { value: "unlikely", label: "Unlikely (20–45%)" },
  { value: "roughly even chance", label: "Roughly even chance (45–55%)" },
  { value: "likely", label: "Likely (55–80%)" },
  { value: "very likely", label: "Very likely (80–95%)" },
  { value: "almost certain", label: "Almost certain (95–99%)" },
] as const;

export const confidence = [
  { value: "low", label: "Low confidence" },
  { value: "moderate", label: "Moderate confidence" },
  { value: "high", label: "High confidence" },
] as const;

export const scales = {
  SOURCE_RELIABILITY: { name: "Source reliability", options: sourceReliability, target: "source" },
  INFO_CREDIBILITY: { name: "Information credibility", options: infoCredibility, target: "claim" },
  LIKELIHOOD: { name: "Likelihood", options: likelihood, target: "claim" },
  CONFIDENCE: { name: "Confidence", options: confidence, target: "claim" },
} as const;

export type ScaleName = keyof typeof scales;

export function isValidScaleValue(scale: ScaleName, value: string): boolean {
  return scales[scale].options.some((option) => option.value === value);
}

export function scaleLabel(scale: ScaleName, value: string): string {
  return scales[scale].options.find((option) => option.value === value)?.label ?? value;
}
