import type { AnchorStatus } from "../db/generated/enums";

export type QuoteFlagKind = "ORPHANED" | "FUZZY" | "OLDER_TEXT" | "CHANGED_SINCE_SAVED";
export type QuoteFlag = { kind: QuoteFlagKind; message: string };

type FlagInput = {
  anchorStatus: AnchorStatus;
  /** The text the excerpt is anchored in now. */
  excerptSha256: string;
  /** The source's current text. */
  sourceSha256: string;
  sourceVersion: number;
  /** The text this memo version cited, when it was saved. */
  savedSha256?: string | null;
};

/**
 * Why a quoted passage can no longer be cited as it stands: it was not found in
 * the corrected text (orphaned), found only approximately (fuzzy), is anchored in
 * an older text than the source's current one, or the text it stands in changed
 * after this memo version was saved. Shown in the memo before any export.
 */
export function quoteFlag(input: FlagInput): QuoteFlag | null {
  if (input.anchorStatus === "ORPHANED") {
    return { kind: "ORPHANED", message: "Orphaned: this quote was not found in the source's current text; check it before citing." };
  }
  if (input.anchorStatus === "FUZZY") {
    return { kind: "FUZZY", message: "Changed: the source's text was corrected and this quote was only found approximately; compare the words." };
  }
  if (input.excerptSha256 !== input.sourceSha256) {
    return { kind: "OLDER_TEXT", message: `Changed: the quote was taken from an older text of the source (now v${input.sourceVersion}).` };
  }
  if (input.savedSha256 && input.savedSha256 !== input.excerptSha256) {
    return { kind: "CHANGED_SINCE_SAVED", message: "Changed: the source's text was corrected after this memo version was saved." };
  }
  return null;
}
