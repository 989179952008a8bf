import { createHash } from "node:crypto";

/** Characters of context kept on each side of a quote (W3C TextQuoteSelector practice). */
export const CONTEXT_LENGTH = 32;

export type QuoteSelector = { exact: string; prefix: string; suffix: string };
export type PositionSelector = { start: number; end: number };

/** Lowercase hex SHA-256 of the text's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * The quote selector for [start, end) of `text`. Offsets count UTF-16 code units,
 * as DOM ranges and JavaScript strings do, 0-based and end-exclusive.
 */
export function quoteAt(text: string, { start, end }: PositionSelector): QuoteSelector {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    throw new RangeError(`Passage [${start}, ${end}) is outside a text of ${text.length} characters`);
  }
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

/** True when the position still reproduces the quote exactly. */
export function positionHolds(text: string, position: PositionSelector, exact: string): boolean {
  return text.slice(position.start, position.end) === exact;
}

/** Every start offset of `exact` in `text`. */
export function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  if (!exact) return found;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}
