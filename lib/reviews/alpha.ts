// Krippendorff's alpha through the coincidence matrix (Krippendorff 2011,
// "Computing Krippendorff's Alpha-Reliability"). Pure: no database, no React.

export type AlphaMetric = "nominal" | "ordinal" | "interval";

/** One unit (item) as the values its raters gave; null or a missing entry = not rated. */
export type AlphaUnit = readonly (number | null | undefined)[];

export type AlphaResult =
  | { alpha: number; pairable: number; units: number }
  | { alpha: null; reason: "too-few-ratings" | "no-variation"; explanation: string; pairable: number; units: number };

/**
 * Chance-corrected agreement for `units` (each an array of values from any number
 * of raters). Units with fewer than two values are not pairable and are left out,
 * as the method prescribes.
 *
 * Conventions worth knowing:
 * - Fewer than two pairable values overall (e.g. a single rater): alpha is undefined;
 *   we return null with reason "too-few-ratings".
 * - All pairable values identical: expected disagreement is 0 and alpha is 0/0.
 *   Krippendorff leaves it undefined (no variation means the data cannot show
 *   reliability), so we return null with reason "no-variation" rather than 1.
 * - Ordinal distances use the marginal frequencies of the categories, so only the
 *   order of the values matters, not their spacing.
 */
export function krippendorffAlpha(units: readonly AlphaUnit[], metric: AlphaMetric = "ordinal"): AlphaResult {
  const pairableUnits = units.map((unit) => unit.filter((v): v is number => typeof v === "number" && Number.isFinite(v))).filter((values) => values.length >= 2);
  const categories = [...new Set(pairableUnits.flat())].sort((a, b) => a - b);
  const index = new Map(categories.map((c, i) => [c, i]));
  const size = categories.length;

  // o[c][k]: coincidences of c and k, each unit's pairs weighted by 1/(m_u − 1).
  const o = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const values of pairableUnits) {
    const weight = 1 / (values.length - 1);
    for (let i = 0; i < values.length; i++) {
      for (let j = 0; j < values.length; j++) {
        if (i !== j) o[index.get(values[i])!][index.get(values[j])!] += weight;
      }
    }
  }
  const marginals = o.map((row) => row.reduce((sum, x) => sum + x, 0));
  const n = marginals.reduce((sum, x) => sum + x, 0);
  const counts = { pairable: Math.round(n), units: pairableUnits.length };

  if (n < 2) {
    return { alpha: null, reason: "too-few-ratings", explanation: "Alpha needs at least two ratings of the same item.", ...counts };
  }

  const delta = distance(metric, categories, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      const d = delta(c, k);
      observed += o[c][k] * d;
      expected += marginals[c] * marginals[k] * d;
    }
  }
  if (expected === 0) {
    return { alpha: null, reason: "no-variation", explanation: "Everyone gave the same value, so the ratings show no variation for alpha to measure.", ...counts };
  }
  return { alpha: 1 - ((n - 1) * observed) / expected, ...counts };
}

/** Squared difference function δ²(c, k) over category indexes. */
function distance(metric: AlphaMetric, categories: number[], marginals: number[]) {
  if (metric === "nominal") return (c: number, k: number) => (c === k ? 0 : 1);
  if (metric === "interval") return (c: number, k: number) => (categories[c] - categories[k]) ** 2;
  // Ordinal: (sum of n_g from c to k − (n_c + n_k)/2)².
  const cumulative = [0];
  for (const m of marginals) cumulative.push(cumulative[cumulative.length - 1] + m);
  return (c: number, k: number) => {
    const [low, high] = c <= k ? [c, k] : [k, c];
    const between = cumulative[high + 1] - cumulative[low];
    return (between - (marginals[c] + marginals[k]) / 2) ** 2;
  };
}

/** The conventional reading of an alpha value (DOMAIN.md: ≥ 0.8 reliable, 0.667–0.8 tentative). */
export function interpretAlpha(alpha: number | null): "reliable" | "tentative" | "unreliable" | "undefined" {
  if (alpha === null) return "undefined";
  if (alpha >= 0.8) return "reliable";
  if (alpha >= 0.667) return "tentative";
  return "unreliable";
}

/** Spread of one item's values on an ordinal scale, in scale steps. */
export function spreadOf(values: readonly number[]) {
  if (values.length === 0) return { n: 0, sd: null, range: null };
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
  return { n: values.length, sd: Math.sqrt(variance), range: Math.max(...values) - Math.min(...values) };
}
