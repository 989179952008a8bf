import { describe, expect, it } from "vitest";
import {
  cellKey,
  diagnosticity,
  evidenceWeight,
  formatScore,
  inconsistencyOf,
  raterCells,
  scoreMatrix,
  teamCell,
  teamCells,
  type CellRating,
  type Consistency,
  type ScoredEvidence,
} from "../../lib/ach/score";

// Worked example: 3 hypotheses × 5 evidence rows, computed by hand.
//
// Weights: LOW 0.5, MEDIUM 1, HIGH 2; row weight = credibility × relevance.
//   E1 HIGH × HIGH     = 4
//   E2 MEDIUM × HIGH   = 2
//   E3 LOW × MEDIUM    = 0.5
//   E4 HIGH × HIGH     = 4     (possibly deceptive)
//   E5 LOW × LOW       = 0.25
//
//          H1    H2    H3
//   E1     C     I     II
//   E2     N     N     N       ← same everywhere: not diagnostic
//   E3     I     CC    NA
//   E4     II    C     I
//   E5     NA    II    C
//
// Weighted inconsistency (only I = -1 and II = -2 count):
//   H1 = E3 0.5×-1 + E4 4×-2             = -0.5 - 8       = -8.5
//   H2 = E1 4×-1 + E5 0.25×-2            = -4 - 0.5       = -4.5
//   H3 = E1 4×-2 + E4 4×-1               = -8 - 4         = -12
//   ranking: H2 (-4.5), H1 (-8.5), H3 (-12)
// Without the possibly deceptive E4:
//   H1 = -0.5, H2 = -4.5, H3 = -8        ranking: H1, H2, H3
// Weighted consistency (CC 2, C 1, N 0, I -1, II -2; NA 0):
//   H1 = 4×1 + 0 + 0.5×-1 + 4×-2 + 0     = 4 - 0.5 - 8    = -4.5
//   H2 = 4×-1 + 0 + 0.5×2 + 4×1 + 0.25×-2 = -4 + 1 + 4 - 0.5 = 0.5
//   H3 = 4×-2 + 0 + 0 + 4×-1 + 0.25×1    = -8 - 4 + 0.25  = -11.75
// Diagnosticity (spread of non-NA values, CC 2 … II -2):
//   E1 C,I,II → 1-(-2) = 3 · E2 N,N,N → 0 · E3 I,CC → 3 · E4 II,C,I → 3 · E5 II,C → 3

const hypotheses = ["H1", "H2", "H3"];
const evidence: ScoredEvidence[] = [
  { id: "E1", credibility: "HIGH", relevance: "HIGH", possiblyDeceptive: false },
  { id: "E2", credibility: "MEDIUM", relevance: "HIGH", possiblyDeceptive: false },
  { id: "E3", credibility: "LOW", relevance: "MEDIUM", possiblyDeceptive: false },
  { id: "E4", credibility: "HIGH", relevance: "HIGH", possiblyDeceptive: true },
  { id: "E5", credibility: "LOW", relevance: "LOW", possiblyDeceptive: false },
];
const grid: Record<string, Consistency[]> = {
  E1: ["C", "I", "II"],
  E2: ["N", "N", "N"],
  E3: ["I", "CC", "NA"],
  E4: ["II", "C", "I"],
  E5: ["NA", "II", "C"],
};
const lookup = (h: string, e: string) => grid[e][hypotheses.indexOf(h)];

describe("weights and values", () => {
  it("multiplies credibility by relevance", () => {
    expect(evidence.map(evidenceWeight)).toEqual([4, 2, 0.5, 4, 0.25]);
  });

  it("counts only inconsistent ratings as inconsistency", () => {
    expect((["CC", "C", "N", "I", "II", "NA"] as const).map(inconsistencyOf)).toEqual([0, 0, 0, -1, -2, 0]);
  });

  it("formats scores with a true minus sign and no -0", () => {
    expect([formatScore(-8.5), formatScore(0), formatScore(-11.75), formatScore(0.5)]).toEqual(["−8.5", "0", "−11.75", "0.5"]);
  });
});

describe("scoreMatrix: the worked example", () => {
  it("scores and ranks the hypotheses by weighted inconsistency", () => {
    const score = scoreMatrix(hypotheses, evidence, lookup);
    expect(score.hypotheses.map((h) => [h.id, h.inconsistency, h.consistency, h.rank])).toEqual([
      ["H1", -8.5, -4.5, 2],
      ["H2", -4.5, 0.5, 1],
      ["H3", -12, -11.75, 3],
    ]);
    expect(score.ranking).toEqual(["H2", "H1", "H3"]);
    expect(score.hypotheses.map((h) => [h.inconsistentCells, h.ratedCells])).toEqual([[2, 5], [2, 5], [2, 5]]);
  });

  it("marks the rows that rate differently across hypotheses as diagnostic", () => {
    const score = scoreMatrix(hypotheses, evidence, lookup);
    expect(score.evidence.map((e) => [e.id, e.diagnostic, e.spread])).toEqual([
      ["E1", true, 3],
      ["E2", false, 0],
      ["E3", true, 3],
      ["E4", true, 3],
      ["E5", true, 3],
    ]);
  });

  it("leaves out possibly deceptive evidence when asked, which reorders the ranking", () => {
    const score = scoreMatrix(hypotheses, evidence, lookup, { excludeDeceptive: true });
    expect(score.hypotheses.map((h) => h.inconsistency)).toEqual([-0.5, -4.5, -8]);
    expect(score.ranking).toEqual(["H1", "H2", "H3"]);
    expect(score.evidence.find((e) => e.id === "E4")).toMatchObject({ counted: false, diagnostic: true });
    expect(score.evidence.filter((e) => e.counted)).toHaveLength(4);
  });
});

describe("scoreMatrix: NA, gaps and ties", () => {
  it("treats NA and unrated cells as adding nothing, but only rated ones as rated", () => {
    // H1: E1 NA, E2 unrated → 0 and one rated cell; H2: E1 I (w 4) → -4.
    const cells: Record<string, Consistency> = { "H1:E1": "NA", "H2:E1": "I" };
    const score = scoreMatrix(["H1", "H2"], evidence.slice(0, 2), (h, e) => cells[`${h}:${e}`]);
    expect(score.hypotheses.map((h) => [h.inconsistency, h.ratedCells])).toEqual([[0, 1], [-4, 1]]);
    // A row with a single non-NA rating cannot discriminate between hypotheses.
    expect(score.evidence.map((e) => e.diagnostic)).toEqual([false, false]);
  });

  it("gives tied hypotheses the same rank and keeps their order", () => {
    // H1: E3 I (w 0.5) + E5 II (w 0.25) = -0.5 - 0.5 = -1; H2: E3 II = -1; H3: nothing = 0.
    const cells: Record<string, Consistency> = { "H1:E3": "I", "H1:E5": "II", "H2:E3": "II", "H3:E3": "C" };
    const score = scoreMatrix(hypotheses, evidence, (h, e) => cells[`${h}:${e}`]);
    expect(score.hypotheses.map((h) => [h.id, h.inconsistency, h.rank])).toEqual([["H1", -1, 2], ["H2", -1, 2], ["H3", 0, 1]]);
    expect(score.ranking).toEqual(["H3", "H1", "H2"]);
  });

  it("scores an empty matrix as all zero, all first", () => {
    const score = scoreMatrix(["H1", "H2"], [], () => null);
    expect(score.hypotheses.map((h) => [h.inconsistency, h.rank])).toEqual([[0, 1], [0, 1]]);
  });

  it("reads diagnosticity from non-NA ratings only", () => {
    expect(diagnosticity(["NA", "C", null])).toEqual({ diagnostic: false, spread: 0 });
    expect(diagnosticity(["C", "C", "NA"])).toEqual({ diagnostic: false, spread: 0 });
    expect(diagnosticity(["C", "CC"])).toEqual({ diagnostic: true, spread: 1 });
  });
});

describe("team cells", () => {
  it("takes one reviewer's rating as it is", () => {
    expect(teamCell(["C"])).toEqual({ code: "C", disagrees: false, spread: 0, count: 1 });
    expect(teamCell([])).toEqual({ code: null, disagrees: false, spread: 0, count: 0 });
  });

  it("takes the median of three and marks the disagreement", () => {
    // Ordered II < I < N < C < CC: I, C, CC → median C; spread CC - I = 3 steps.
    expect(teamCell(["C", "I", "CC"])).toEqual({ code: "C", disagrees: true, spread: 3, count: 3 });
  });

  it("takes the more inconsistent middle rating of an even number", () => {
    expect(teamCell(["C", "I"]).code).toBe("I");
    expect(teamCell(["CC", "C", "N", "II"]).code).toBe("N");
  });

  it("is NA only when every reviewer says NA; NA against a rating is a disagreement", () => {
    expect(teamCell(["NA", "NA"])).toEqual({ code: "NA", disagrees: false, spread: 0, count: 2 });
    expect(teamCell(["NA", "C", "C"])).toEqual({ code: "C", disagrees: true, spread: 0, count: 3 });
  });
});

describe("one reviewer against three", () => {
  // Evidence A: MEDIUM × HIGH = 2; evidence B: HIGH × LOW = 1.
  //             r1   r2   r3   team (median)
  //   H1 × A    I    I    C    I
  //   H2 × A    C    CC   C    C
  //   H1 × B    N    II   II   II
  //   H2 × B    II   –    –    II
  // Team: H1 = 2×-1 + 1×-2 = -4; H2 = 1×-2 = -2 → H2 first.
  // r1:   H1 = 2×-1 + 0 = -2;   H2 = 1×-2 = -2 → tied, both rank 1.
  // r3:   H1 = 0 + 1×-2 = -2;   H2 = 0         → H2 first.
  const rows: ScoredEvidence[] = [
    { id: "A", credibility: "MEDIUM", relevance: "HIGH", possiblyDeceptive: false },
    { id: "B", credibility: "HIGH", relevance: "LOW", possiblyDeceptive: false },
  ];
  const rate = (raterId: string, hypothesisId: string, evidenceId: string, consistency: Consistency): CellRating => ({ raterId, hypothesisId, evidenceId, consistency });
  const ratings = [
    rate("r1", "H1", "A", "I"), rate("r2", "H1", "A", "I"), rate("r3", "H1", "A", "C"),
    rate("r1", "H2", "A", "C"), rate("r2", "H2", "A", "CC"), rate("r3", "H2", "A", "C"),
    rate("r1", "H1", "B", "N"), rate("r2", "H1", "B", "II"), rate("r3", "H1", "B", "II"),
    rate("r1", "H2", "B", "II"),
  ];

  it("scores the team from the median cells", () => {
    const team = teamCells(ratings);
    expect([...team].map(([key, cell]) => [key, cell.code, cell.disagrees])).toEqual([
      [cellKey("H1", "A"), "I", true],
      [cellKey("H2", "A"), "C", true],
      [cellKey("H1", "B"), "II", true],
      [cellKey("H2", "B"), "II", false],
    ]);
    const score = scoreMatrix(["H1", "H2"], rows, (h, e) => team.get(cellKey(h, e))?.code);
    expect(score.hypotheses.map((h) => h.inconsistency)).toEqual([-4, -2]);
    expect(score.ranking).toEqual(["H2", "H1"]);
  });

  it("scores each reviewer from their own cells", () => {
    const r1 = raterCells(ratings, "r1");
    const r1Score = scoreMatrix(["H1", "H2"], rows, (h, e) => r1.get(cellKey(h, e)));
    expect(r1Score.hypotheses.map((h) => [h.inconsistency, h.rank])).toEqual([[-2, 1], [-2, 1]]);
    const r3 = raterCells(ratings, "r3");
    const r3Score = scoreMatrix(["H1", "H2"], rows, (h, e) => r3.get(cellKey(h, e)));
    expect(r3Score.hypotheses.map((h) => h.inconsistency)).toEqual([-2, 0]);
    expect(r3Score.ranking).toEqual(["H2", "H1"]);
  });
});

describe("scoreMatrix: a hypothesis nobody has rated", () => {
  it("ranks after every rated hypothesis instead of first with a score of 0", () => {
    const withNew = [...hypotheses, "H4"];
    const score = scoreMatrix(withNew, evidence, (h, e) => (h === "H4" ? undefined : lookup(h, e)));
    expect(score.ranking).toEqual(["H2", "H1", "H3", "H4"]);
    expect(score.hypotheses.find((h) => h.id === "H4")).toMatchObject({ ratedCells: 0, rank: 4 });
  });
});
