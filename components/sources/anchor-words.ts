// How an excerpt's anchor is described wherever it is shown (reader, report, board, claim page).

export type AnchorState = { anchorStatus: "ANCHORED" | "MOVED" | "FUZZY" | "ORPHANED"; anchorScore: number | null; textVersion: number; textSha256: string };

/** A fuzzy score as people read it: two decimals, never rounded up to a perfect 1.00. */
export const scoreText = (score: number | null) => (score === null ? "" : (Math.floor(score * 100) / 100).toFixed(2));

export const shortHash = (sha256: string) => `${sha256.slice(0, 8)}…`;

/** "Anchored", "Moved", "Fuzzy-matched 0.87", "Orphaned". */
export function anchorLabel(status: AnchorState["anchorStatus"], score: number | null): string {
  if (status === "FUZZY") return `Fuzzy-matched ${scoreText(score)}`;
  return { ANCHORED: "Anchored", MOVED: "Moved", ORPHANED: "Orphaned" }[status];
}

/** The sentence that flags a passage the current text no longer holds. */
export const orphanWarning = (excerpt: Pick<AnchorState, "textVersion" | "textSha256">) =>
  `Orphaned: no longer found in the current text (quoted from version ${excerpt.textVersion}, sha256 ${shortHash(excerpt.textSha256)})`;
