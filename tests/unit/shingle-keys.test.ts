import { describe, expect, it } from "vitest";
import { keysToAsk } from "../../lib/lookup/shingle-stats";

// Shingle hash → share of rows holding it, as pg_stats lists the common ones.
const frequency = new Map([
  [10, 0.12],
  [20, 0.004],
  [30, 0.05],
  [40, 0.0009],
]);

describe("which shingles a quote asks the index for", () => {
  it("asks for every rare shingle when there are two or more", () => {
    expect(keysToAsk([10, 1, 20, 2, 3], frequency)).toEqual([1, 2, 3]);
  });

  it("narrows a single rare shingle with the rarest common one", () => {
    expect(keysToAsk([10, 30, 7, 20], frequency)).toEqual([7, 20]);
  });

  it("asks for the two rarest when every shingle is common", () => {
    expect(keysToAsk([10, 20, 30, 40], frequency)).toEqual([40, 20]);
  });

  it("asks for what there is when the quote has fewer shingles", () => {
    expect(keysToAsk([30], frequency)).toEqual([30]);
    expect(keysToAsk([5], frequency)).toEqual([5]);
    expect(keysToAsk([], frequency)).toEqual([]);
  });
});
