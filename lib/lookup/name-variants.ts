import type { SearchTerm } from "../search/query";

// Variants of a quote tried for rank 2 (combinations of the actors' names), at most.
export const MAX_VARIANTS = 24;

/**
 * The folded quote with each actor named in it under each of that actor's other
 * names: "iskp claimed the attack on" → "is k claimed the attack on", "daish
 * claimed the attack on", … Each is then looked up as a quote of its own (rank 2).
 */
export function nameVariants(phrase: string, terms: SearchTerm[]): string[] {
  let variants = [` ${phrase} `];
  for (const term of terms.filter((t) => t.actor)) {
    const named = ` ${term.alternatives[0]} `;
    variants = variants.flatMap((v) => (v.includes(named) ? term.alternatives.map((alt) => v.replace(named, ` ${alt} `)) : [v]));
    if (variants.length > MAX_VARIANTS) variants = variants.slice(0, MAX_VARIANTS);
  }
  return [...new Set(variants.map((v) => v.trim()))].filter((v) => v !== phrase);
}
