import { describe, expect, it } from "vitest";
import { mixingWarnings } from "../../lib/memos/icd203";
import { quoteFlag } from "../../lib/memos/quote-flags";
import { csvSafeCell } from "../../lib/text/csv-safe";
import { dateParts, toCslItem } from "../../lib/citations/csl-json";
import { reviewRating } from "../../lib/citations/claim-review";

describe("ICD 203 mixing warning", () => {
  it("flags a sentence with both a likelihood term and a confidence level, and only that one", () => {
    const text = "ISKP is likely to attack Kabul. We have moderate confidence in the sourcing. We assess with high confidence that an attack is almost certain!";
    const warnings = mixingWarnings(text);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ likelihood: "almost certain", confidence: "high confidence" });
  });
  it("does not read 'likely' inside 'unlikely' as a second term, and knows the longest term", () => {
    expect(mixingWarnings("It is very unlikely, and confidence is low.")[0].likelihood).toBe("very unlikely");
    expect(mixingWarnings("Unlikelihood aside, we are confident.")).toEqual([]);
  });
});

describe("quote flags", () => {
  const base = { anchorStatus: "ANCHORED" as const, excerptSha256: "a", sourceSha256: "a", sourceVersion: 1 };
  it("names orphaned, fuzzy, older-text and changed-since-saved quotes", () => {
    expect(quoteFlag(base)).toBeNull();
    expect(quoteFlag({ ...base, anchorStatus: "ORPHANED" })?.kind).toBe("ORPHANED");
    expect(quoteFlag({ ...base, anchorStatus: "FUZZY" })?.kind).toBe("FUZZY");
    expect(quoteFlag({ ...base, sourceSha256: "b", sourceVersion: 2 })?.message).toContain("now v2");
    expect(quoteFlag({ ...base, savedSha256: "old" })?.kind).toBe("CHANGED_SINCE_SAVED");
  });
});

describe("CSV cells", () => {
  it("prefixes formula starters with a quote and leaves other text alone", () => {
    for (const bad of ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"]) expect(csvSafeCell(bad)).toBe(`'${bad}`);
    expect(csvSafeCell("Kabul, 12 killed")).toBe("Kabul, 12 killed");
  });
});

describe("CSL-JSON", () => {
  it("writes dates only as precisely as they are known", () => {
    const date = new Date("2023-03-09T00:00:00Z");
    expect(dateParts(date, "DAY")).toEqual({ "date-parts": [[2023, 3, 9]] });
    expect(dateParts(date, "MONTH")).toEqual({ "date-parts": [[2023, 3]] });
    expect(dateParts(date, "YEAR")).toEqual({ "date-parts": [[2023]] });
    expect(dateParts(date, "ABOUT")).toEqual({ "date-parts": [[2023, 3]], circa: true });
  });
  it("carries the quote, archive and text version of a citation", () => {
    const item = toCslItem(
      { id: "s", title: "T", publisher: "RFE/RL", authors: [], publishedAt: null, publishedPrecision: null, url: "https://a.example/x", archiveUrl: "https://web.archive.org/web/1/x", accessedAt: new Date("2024-01-02T00:00:00Z"), language: "en", kind: "ARTICLE" },
      { id: "e", exact: "twelve killed", textVersion: 2, textSha256: "ab".repeat(32) },
    );
    expect(item).toMatchObject({ id: "e", type: "article-newspaper", "container-title": "RFE/RL", archive: "Internet Archive", archive_location: "https://web.archive.org/web/1/x", accessed: { "date-parts": [[2024, 1, 2]] } });
    expect(item.note).toBe(`Quoted: “twelve killed” (text v2, sha256 ${"ab".repeat(32)})`);
  });
});

describe("ClaimReview rating", () => {
  it("maps ICD 203 terms to 1–7 and credibility to 5–1, and gives no rating for 'cannot be judged'", () => {
    expect(reviewRating({ scale: "LIKELIHOOD", value: "likely", confidence: "low", explanation: "" })).toEqual({ ratingValue: 5, bestRating: 7, worstRating: 1, alternateName: "Likely (55–80%); low confidence" });
    expect(reviewRating({ scale: "INFO_CREDIBILITY", value: "2", explanation: "" })).toMatchObject({ ratingValue: 4, bestRating: 5, worstRating: 1 });
    expect(reviewRating({ scale: "INFO_CREDIBILITY", value: "6", explanation: "" })).toBeNull();
  });
});
