import { describe, expect, it } from "vitest";
import { CHEAP_SHARE, keysToAsk } from "../../lib/lookup/shingle-stats";

// Shingle hash → share of rows holding it, as pg_stats lists the common ones; any other hash is rarer.
const frequency = new Map([
  [10, 0.12],
  [20, 0.004],
  [30, 0.05],
  [40, 0.0009],
]);

describe("which shingles a quote asks the index for", () => {
  it("asks for every shingle with a short list, the rare ones and the less common listed ones, when there are two or more", () => {
    // The fixture straddles the line: 20 and 40 are under it, 10 and 30 over.
    expect(Math.max(frequency.get(20)!, frequency.get(40)!)).toBeLessThan(CHEAP_SHARE);
    expect(Math.min(frequency.get(10)!, frequency.get(30)!)).toBeGreaterThan(CHEAP_SHARE);
    expect(keysToAsk([10, 1, 20, 2, 3], frequency)).toEqual([1, 20, 2, 3]);
    expect(keysToAsk([10, 30, 7, 20], frequency)).toEqual([7, 20]);
    expect(keysToAsk([10, 20, 30, 40], frequency)).toEqual([20, 40]);
  });

  it("narrows a single short list with the rarest of the others", () => {
    expect(keysToAsk([10, 30, 7], frequency)).toEqual([7, 30]);
  });

  it("asks for the two rarest when no list is short", () => {
    expect(keysToAsk([10, 30], frequency)).toEqual([30, 10]);
    expect(keysToAsk([50, 10, 30], new Map([...frequency, [50, 0.3]]))).toEqual([30, 10]);
  });

  it("asks for a set's every shingle when all are listed as common and the caller wants the whole set", () => {
    expect(keysToAsk([10, 20, 30, 40], frequency, { wholeSetWhenCommon: true })).toEqual([10, 20, 30, 40]);
    // One rare shingle: the usual choice.
    expect(keysToAsk([10, 5, 30], frequency, { wholeSetWhenCommon: true })).toEqual([5, 30]);
  });

  it("asks for what there is when the quote has fewer shingles", () => {
    expect(keysToAsk([30], frequency)).toEqual([30]);
    expect(keysToAsk([5], frequency)).toEqual([5]);
    expect(keysToAsk([], frequency)).toEqual([]);
  });
});
