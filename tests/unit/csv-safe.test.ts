import { describe, expect, it } from "vitest";
import { csvSafeCell, csvUnsafeCell } from "../../lib/text/csv-safe";

describe("csv cells", () => {
  it("round-trips every cell, formula-like or not, through export and import", () => {
    for (const value of ["=1+1", "+93 700", "-2", "@SUM(A1)", "\tx", "'=quoted already", "'plain", "Kabul", ""]) {
      expect(csvUnsafeCell(csvSafeCell(value))).toBe(value);
    }
  });

  it("leaves a leading apostrophe alone when no formula follows it", () => {
    expect(csvUnsafeCell("'Tis the season")).toBe("'Tis the season");
  });
});
