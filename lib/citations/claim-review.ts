import { likelihood, infoCredibility } from "../ratings/scales";

/** What a claim review needs: the claim, where it appeared, and the team's verdict. */
export type JudgedClaim = {
  id: string;
  statement: string;
  claimant: string | null;
  madeAt: Date | null;
  appearances: { url: string | null; title: string; publishedAt: Date | null }[];
  verdict:
    | { scale: "LIKELIHOOD"; value: string; confidence: string | null; explanation: string }
    | { scale: "INFO_CREDIBILITY"; value: string; explanation: string };
};

type Rating = { ratingValue: number; bestRating: number; worstRating: number; alternateName: string };

/**
 * ICD 203 terms as a 1–7 scale (7 = almost certain the claim is true), and Admiralty
 * credibility 1–5 turned round so a higher number is more credible (6, "cannot be
 * judged", is no verdict and gives no review).
 */
export function reviewRating(verdict: JudgedClaim["verdict"]): Rating | null {
  if (verdict.scale === "LIKELIHOOD") {
    const index = likelihood.findIndex((l) => l.value === verdict.value);
    if (index < 0) return null;
    const name = likelihood[index].label + (verdict.confidence ? `; ${verdict.confidence} confidence` : "");
    return { ratingValue: index + 1, bestRating: likelihood.length, worstRating: 1, alternateName: name };
  }
  const code = Number(verdict.value);
  if (!(code >= 1 && code <= 5)) return null;
  return { ratingValue: 6 - code, bestRating: 5, worstRating: 1, alternateName: infoCredibility[code - 1].label };
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : undefined);

/** schema.org ClaimReview for one judged claim, or null when it has no usable verdict. */
export function claimReviewJsonLd(claim: JudgedClaim, review: { url: string; author: string; datePublished: Date }) {
  const rating = reviewRating(claim.verdict);
  if (!rating) return null;
  const appearances = claim.appearances.map((a) => ({
    "@type": "CreativeWork",
    ...(a.url ? { url: a.url } : {}),
    headline: a.title,
    ...(a.publishedAt ? { datePublished: day(a.publishedAt) } : {}),
  }));
  const first = [...appearances].sort((a, b) => (a.datePublished ?? "9999").localeCompare(b.datePublished ?? "9999"))[0];
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: review.url,
    datePublished: day(review.datePublished),
    author: { "@type": "Organization", name: review.author },
    claimReviewed: claim.statement,
    itemReviewed: {
      "@type": "Claim",
      ...(claim.claimant ? { author: { "@type": "Person", name: claim.claimant } } : {}),
      ...(claim.madeAt ? { datePublished: day(claim.madeAt) } : {}),
      appearance: appearances,
      ...(first ? { firstAppearance: first } : {}),
    },
    reviewRating: { "@type": "Rating", ...rating, ratingExplanation: claim.verdict.explanation },
  };
}
