/**
 * Folds a name for matching: case, diacritics, punctuation and spacing, zero-width
 * joiners, and the Arabic/Persian forms of the same letters (ي/ی, ك/ک, ة/ه).
 */
export function normalizeName(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, "")
    .replace(/[\u200c\u200d\u200e\u200f\u0640]/g, "")
    .replace(/[يى]/g, "ی")
    .replace(/ك/g, "ک")
    .replace(/ة/g, "ه")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
