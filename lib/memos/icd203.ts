import { likelihood } from "../ratings/scales";

// Longest first, so "very likely" is reported rather than "likely" inside it.
const terms = likelihood.map((l) => l.value).sort((a, b) => b.length - a.length);
const likelihoodPattern = new RegExp(`\\b(${terms.map((t) => t.replace(/ /g, "\\s+")).join("|")})\\b`, "i");
const confidencePattern =
  /\b((low|moderate|medium|high)(ly)?[-\s]+confidence|confidence\s+(is|was|remains)\s+(low|moderate|medium|high)|(low|moderate|high)\s+degree\s+of\s+confidence|we\s+are\s+(highly\s+|moderately\s+)?confident)\b/i;

export type MixingWarning = { sentence: string; likelihood: string; confidence: string };

/** Sentences, split after . ! ? (and the Persian question mark) followed by space. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?؟])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * ICD 203 keeps likelihood (how probable) and confidence (how good the evidence
 * base is) apart, and advises against putting both in one sentence: readers take
 * "high confidence it is unlikely" as one number. Returns each sentence that does.
 */
export function mixingWarnings(text: string): MixingWarning[] {
  const found: MixingWarning[] = [];
  for (const sentence of sentences(text)) {
    const l = likelihoodPattern.exec(sentence);
    const c = confidencePattern.exec(sentence);
    if (l && c) found.push({ sentence, likelihood: l[1].toLowerCase().replace(/\s+/g, " "), confidence: c[0].toLowerCase() });
  }
  return found;
}

export function mixingMessage(w: MixingWarning): string {
  return `“${w.sentence}” puts a likelihood term (“${w.likelihood}”) and a confidence level (“${w.confidence}”) in one sentence; ICD 203 advises stating them separately.`;
}
