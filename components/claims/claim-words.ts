import { claimKindLabels } from "@/lib/claims/schemas";
import type { ClaimKind } from "@/lib/db/generated/enums";

export const kindLabel = (kind: ClaimKind) => claimKindLabels[kind];

const number = (value: number) => value.toLocaleString("en-GB");

/** "about 4,000 fighters (range 2,000–6,000)" for a numeric claim; null otherwise. */
export function numericText(claim: { numericValue: number | null; numericLow: number | null; numericHigh: number | null; numericUnit: string | null }) {
  const { numericValue: value, numericLow: low, numericHigh: high, numericUnit: unit } = claim;
  if (value === null && low === null && high === null) return null;
  const range = low !== null && high !== null ? `${number(low)}–${number(high)}` : low !== null ? `at least ${number(low)}` : high !== null ? `at most ${number(high)}` : "";
  if (value === null) return `${range} ${unit ?? ""}`.trim();
  // A lone bound equal to the value ("at least 119") adds nothing to "119".
  const redundant = (low === value && high === null) || (high === value && low === null);
  return `${number(value)} ${unit ?? ""}${range && !redundant ? ` (range ${range})` : ""}`.trim();
}

export function plural(count: number, one: string, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

/** "3 sources, 2 independent origins" */
export function corroborationText({ sources, origins }: { sources: number; origins: number }) {
  return `${plural(sources, "source")}, ${plural(origins, "independent origin")}`;
}
