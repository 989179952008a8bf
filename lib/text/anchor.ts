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
 * True when `offset` falls between the two halves of a surrogate pair (an emoji,
 * say). A slice there holds half a character, which UTF-8 and PostgreSQL cannot
 * store: it would come back as U+FFFD and no longer match the text.
 */
export function splitsCharacter(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * The quote selector for [start, end) of `text`. Offsets count UTF-16 code units,
 * as DOM ranges and JavaScript strings do, 0-based and end-exclusive. Context is
 * at most CONTEXT_LENGTH units and one shorter rather than end in half a character.
 */
export function quoteAt(text: string, { start, end }: PositionSelector): QuoteSelector {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    throw new RangeError(`Passage [${start}, ${end}) is outside a text of ${text.length} characters`);
  }
  if (splitsCharacter(text, start) || splitsCharacter(text, end)) {
    throw new RangeError(`Passage [${start}, ${end}) splits a character in two`);
  }
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsCharacter(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsCharacter(text, suffixEnd)) suffixEnd -= 1;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
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
