import { confidence, infoCredibility, likelihood, sourceReliability } from "../ratings/scales";

const list = (options: readonly { value: string; label: string }[]) => options.map((o) => `${o.value} ${o.label.toLowerCase()}`).join("; ");

/** The short methods note every memo ends with: what the scales mean and how quotes are held. */
export function methodsNote(styleLabel: string): string[] {
  return [
    `Likelihood uses the ICD 203 terms and their probability bands: ${likelihood.map((l) => l.label.toLowerCase()).join("; ")}.`,
    `Confidence (${confidence.map((c) => c.value).join(", ")}) is a separate judgment about the quality and quantity of the evidence; following ICD 203 it is stated apart from likelihood.`,
    `Sources are graded for reliability on the Admiralty scale (${list(sourceReliability)}) and information for credibility (${list(infoCredibility)}); the two are independent.`,
    "Corroboration counts independent origins, not articles: a wire copy, quotation, translation or summary shares the origin of the source it derives from.",
    `Every quotation is cited to the exact words in a stored text, with the text version and its SHA-256, so it can be checked against what was read. Citations follow ${styleLabel}.`,
  ];
}
