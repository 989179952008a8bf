// Scoring for Analysis of Competing Hypotheses (Heuer's ACH, as PARC ACH scores it).
// Pure functions: no database, no React; the page, the API and the tests share them.

export const consistencyCodes = ["CC", "C", "N", "I", "II", "NA"] as const;
export type Consistency = (typeof consistencyCodes)[number];
export const achWeights = ["LOW", "MEDIUM", "HIGH"] as const;
export type AchWeight = (typeof achWeights)[number];

export const consistencyLabels: Record<Consistency, string> = {
  CC: "Very consistent",
  C: "Consistent",
  N: "Neutral",
  I: "Inconsistent",
  II: "Very inconsistent",
  NA: "Not applicable",
};

export const weightLabels: Record<AchWeight, string> = { LOW: "Low", MEDIUM: "Medium", HIGH: "High" };

/**
 * Numeric weight of a credibility or relevance level. Doubling per step keeps "high"
 * as far above "medium" as "low" is below it; all are binary fractions, so sums are exact.
 */
export const weightValue: Record<AchWeight, number> = { LOW: 0.5, MEDIUM: 1, HIGH: 2 };

/** Ordinal value of a rating; NA has none (the evidence does not bear on the hypothesis). */
export const consistencyValue: Record<Consistency, number | null> = { CC: 2, C: 1, N: 0, I: -1, II: -2, NA: null };

/** Heuer counts only inconsistency: I = -1, II = -2; CC, C, N and NA add nothing. */
export function inconsistencyOf(code: Consistency): number {
  return code === "I" ? -1 : code === "II" ? -2 : 0;
}

export type EvidenceWeights = { credibility: AchWeight; relevance: AchWeight };

/** Combined weight of one evidence row: credibility weight × relevance weight (0.25 to 4). */
export function evidenceWeight(evidence: EvidenceWeights): number {
  return weightValue[evidence.credibility] * weightValue[evidence.relevance];
}

export type CellRating = { hypothesisId: string; evidenceId: string; raterId: string; consistency: Consistency };

/** The ratings of one cell, keyed `${hypothesisId}:${evidenceId}`. */
export const cellKey = (hypothesisId: string, evidenceId: string) => `${hypothesisId}:${evidenceId}`;

export type TeamCell = {
  /** The team's rating, or null when nobody has rated the cell. */
  code: Consistency | null;
  /** Reviewers gave different ratings (NA against a rating counts as a difference). */
  disagrees: boolean;
  /** Steps between the lowest and highest non-NA rating (0 to 4). */
  spread: number;
  count: number;
};

// Ordered from most inconsistent to most consistent, for medians.
const ordered: Consistency[] = ["II", "I", "N", "C", "CC"];

/**
 * One cell for the team from each reviewer's rating. The team rating is the median;
 * with an even number the more inconsistent middle rating is taken, since ACH weighs
 * doubt, not support. NA wins only when every reviewer said NA.
 */
export function teamCell(codes: Consistency[]): TeamCell {
  const count = codes.length;
  if (!count) return { code: null, disagrees: false, spread: 0, count };
  const disagrees = new Set(codes).size > 1;
  const rated = codes.filter((c) => c !== "NA").sort((a, b) => ordered.indexOf(a) - ordered.indexOf(b));
  if (!rated.length) return { code: "NA", disagrees, spread: 0, count };
  const code = rated[Math.floor((rated.length - 1) / 2)];
  const spread = ordered.indexOf(rated[rated.length - 1]) - ordered.indexOf(rated[0]);
  return { code, disagrees, spread, count };
}

/** Team cells from all ratings, keyed by cellKey. */
export function teamCells(ratings: CellRating[]): Map<string, TeamCell> {
  const byCell = new Map<string, Consistency[]>();
  for (const r of ratings) {
    const key = cellKey(r.hypothesisId, r.evidenceId);
    byCell.set(key, [...(byCell.get(key) ?? []), r.consistency]);
  }
  return new Map([...byCell].map(([key, codes]) => [key, teamCell(codes)]));
}

/** One reviewer's cells, keyed by cellKey. */
export function raterCells(ratings: CellRating[], raterId: string): Map<string, Consistency> {
  return new Map(ratings.filter((r) => r.raterId === raterId).map((r) => [cellKey(r.hypothesisId, r.evidenceId), r.consistency]));
}

export type ScoredEvidence = EvidenceWeights & { id: string; possiblyDeceptive: boolean };
export type Lookup = (hypothesisId: string, evidenceId: string) => Consistency | null | undefined;

export type HypothesisScore = {
  id: string;
  /** Σ weight × (I = -1, II = -2): 0 is best; the more negative, the more evidence against. */
  inconsistency: number;
  /** Σ weight × (CC 2 … II -2) over all rated cells: a secondary, clearly separate figure. */
  consistency: number;
  /** 1 = least inconsistent; tied scores share a rank (1, 1, 3). */
  rank: number;
  inconsistentCells: number;
  ratedCells: number;
};

export type EvidenceScore = {
  id: string;
  weight: number;
  /** False when the evidence is possibly deceptive and the caller excludes such evidence. */
  counted: boolean;
  /** Rated differently across hypotheses (among non-NA ratings of at least two hypotheses). */
  diagnostic: boolean;
  /** Steps between the most and least consistent rating of the row (0 to 4). */
  spread: number;
};

export type MatrixScore = { hypotheses: HypothesisScore[]; evidence: EvidenceScore[]; ranking: string[] };

/** How a row rates across hypotheses: diagnostic when its non-NA ratings differ. */
export function diagnosticity(codes: (Consistency | null | undefined)[]): { diagnostic: boolean; spread: number } {
  const values = codes.map((c) => (c ? consistencyValue[c] : null)).filter((v): v is number => v !== null);
  if (values.length < 2) return { diagnostic: false, spread: 0 };
  const spread = Math.max(...values) - Math.min(...values);
  return { diagnostic: spread > 0, spread };
}

/**
 * Scores a matrix: weighted inconsistency and consistency per hypothesis, the ranking
 * (least inconsistent first; ties keep the hypotheses' order and share a rank) and each
 * row's weight and diagnosticity. Possibly deceptive rows are left out when asked.
 */
export function scoreMatrix(hypothesisIds: string[], evidence: ScoredEvidence[], cell: Lookup, options: { excludeDeceptive?: boolean } = {}): MatrixScore {
  const rows: EvidenceScore[] = evidence.map((e) => ({
    id: e.id,
    weight: evidenceWeight(e),
    counted: !(options.excludeDeceptive && e.possiblyDeceptive),
    ...diagnosticity(hypothesisIds.map((h) => cell(h, e.id))),
  }));
  const scores = hypothesisIds.map((h) => {
    let inconsistency = 0;
    let consistency = 0;
    let inconsistentCells = 0;
    let ratedCells = 0;
    for (const row of rows) {
      if (!row.counted) continue;
      const code = cell(h, row.id);
      if (!code) continue;
      ratedCells += 1;
      inconsistency += row.weight * inconsistencyOf(code);
      consistency += row.weight * (consistencyValue[code] ?? 0);
      if (inconsistencyOf(code) < 0) inconsistentCells += 1;
    }
    // Adding 0 turns a -0 (from 0 × -1) into 0, so it prints as "0".
    return { id: h, inconsistency: inconsistency + 0, consistency: consistency + 0, inconsistentCells, ratedCells, rank: 0 };
  });
  // A hypothesis nobody has rated yet has no evidence against it only because nobody
  // looked: it ranks after every rated one rather than first.
  const rated = scores.filter((s) => s.ratedCells > 0);
  const unrated = scores.filter((s) => s.ratedCells === 0);
  const ranking = [...[...rated].sort((a, b) => b.inconsistency - a.inconsistency), ...unrated].map((s) => s.id);
  for (const s of rated) s.rank = 1 + rated.filter((other) => other.inconsistency > s.inconsistency).length;
  for (const s of unrated) s.rank = rated.length + 1;
  return { hypotheses: scores, evidence: rows, ranking };
}

/** A score as analysts read it: "0", "-1.5", "-0.25". */
export function formatScore(value: number): string {
  return (Math.round(value * 100) / 100).toString().replace("-", "−");
}
