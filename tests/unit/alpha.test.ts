import { describe, expect, it } from "vitest";
import { interpretAlpha, krippendorffAlpha, spreadOf, type AlphaUnit } from "../../lib/reviews/alpha";

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
// four observers, twelve units, values 1–5, missing data. Rows are observers.
const observers: (number | null)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];
const byUnit: AlphaUnit[] = observers[0].map((_, u) => observers.map((row) => row[u]));

describe("krippendorffAlpha against the published worked examples", () => {
  it("reproduces the four-observer example with missing values (nominal .743, ordinal .815, interval .849)", () => {
    const nominal = krippendorffAlpha(byUnit, "nominal");
    const ordinal = krippendorffAlpha(byUnit, "ordinal");
    const interval = krippendorffAlpha(byUnit, "interval");
    expect(nominal.alpha).toBeCloseTo(0.743, 3);
    expect(ordinal.alpha).toBeCloseTo(0.815, 3);
    expect(interval.alpha).toBeCloseTo(0.849, 3);
    // Unit 12 has one value only and is not pairable: 11 units, 40 pairable values.
    expect(ordinal).toMatchObject({ units: 11, pairable: 40 });
  });

  it("reproduces the binary two-observer example (section A: alpha = 0.095)", () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const result = krippendorffAlpha(a.map((v, i) => [v, b[i]]), "nominal");
    expect(result.alpha).toBeCloseTo(0.095, 3);
  });

  it("gives 1 for perfect agreement with variation across units", () => {
    expect(krippendorffAlpha([[1, 1, 1], [3, 3], [5, 5, 5]], "ordinal").alpha).toBeCloseTo(1, 10);
  });

  it("ordinal depends on order only, not on the spacing of the codes", () => {
    const units = [[1, 2], [2, 3], [1, 1], [3, 3], [2, 2]];
    const stretched = units.map((u) => u.map((v) => v ** 3));
    expect(krippendorffAlpha(stretched, "ordinal").alpha).toBeCloseTo(krippendorffAlpha(units, "ordinal").alpha!, 10);
    expect(krippendorffAlpha(stretched, "interval").alpha).not.toBeCloseTo(krippendorffAlpha(units, "interval").alpha!, 3);
  });
});

describe("krippendorffAlpha edge cases", () => {
  it("one rater: undefined, with the reason", () => {
    const result = krippendorffAlpha([[3], [4], [1]], "ordinal");
    expect(result).toMatchObject({ alpha: null, reason: "too-few-ratings", units: 0, pairable: 0 });
  });

  it("no data at all: undefined", () => {
    expect(krippendorffAlpha([], "ordinal")).toMatchObject({ alpha: null, reason: "too-few-ratings" });
  });

  it("no variation: undefined (0/0), not 1", () => {
    const result = krippendorffAlpha([[2, 2, 2], [2, 2]], "ordinal");
    expect(result).toMatchObject({ alpha: null, reason: "no-variation", pairable: 5 });
  });

  it("missing ratings are skipped and single-rating units excluded", () => {
    const withGaps = krippendorffAlpha([[1, null, 2], [3, undefined, 3], [null, 4, null], [5, 5]], "interval");
    const without = krippendorffAlpha([[1, 2], [3, 3], [5, 5]], "interval");
    expect(withGaps.alpha).toBeCloseTo(without.alpha!, 10);
    expect(withGaps.units).toBe(3);
  });

  it("systematic disagreement goes below zero", () => {
    const result = krippendorffAlpha([[1, 5], [5, 1], [1, 5], [5, 1]], "ordinal");
    expect(result.alpha).toBeLessThan(0);
  });
});

describe("interpretAlpha and spreadOf", () => {
  it("reads alpha by the conventional thresholds", () => {
    expect([0.85, 0.8, 0.7, 0.667, 0.5, null].map(interpretAlpha)).toEqual(["reliable", "reliable", "tentative", "tentative", "unreliable", "undefined"]);
  });

  it("measures spread as population standard deviation and range in scale steps", () => {
    expect(spreadOf([2, 4, 4, 4, 5, 5, 7, 9])).toEqual({ n: 8, sd: 2, range: 7 });
    expect(spreadOf([])).toEqual({ n: 0, sd: null, range: null });
    expect(spreadOf([3])).toEqual({ n: 1, sd: 0, range: 0 });
  });
});
