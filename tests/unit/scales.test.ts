import { describe, expect, it } from "vitest";
import { confidence, infoCredibility, isValidScaleValue, likelihood, scaleLabel, scales, sourceReliability } from "../../lib/ratings/scales";

describe("rating scales", () => {
  it("are the Admiralty grades, in order, with their words", () => {
    expect(sourceReliability.map((o) => `${o.value} ${o.label}`)).toEqual([
      "A Completely reliable",
      "B Usually reliable",
      "C Fairly reliable",
      "D Not usually reliable",
      "E Unreliable",
      "F Reliability cannot be judged",
    ]);
    expect(infoCredibility.map((o) => `${o.value} ${o.label}`)).toEqual([
      "1 Confirmed by other sources",
      "2 Probably true",
      "3 Possibly true",
      "4 Doubtful",
      "5 Improbable",
      "6 Truth cannot be judged",
    ]);
  });

  it("are the ICD 203 likelihood terms with their bands, and three confidence levels", () => {
    expect(likelihood.map((o) => o.value)).toEqual(["almost no chance", "very unlikely", "unlikely", "roughly even chance", "likely", "very likely", "almost certain"]);
    expect(likelihood.map((o) => o.label.match(/\((\d+)–(\d+)%\)/)?.slice(1).map(Number))).toEqual([[1, 5], [5, 20], [20, 45], [45, 55], [55, 80], [80, 95], [95, 99]]);
    expect(confidence.map((o) => o.value)).toEqual(["low", "moderate", "high"]);
  });

  it("say what each scale rates: reliability a source, the rest a claim", () => {
    expect(Object.fromEntries(Object.entries(scales).map(([name, scale]) => [name, scale.target]))).toEqual({
      SOURCE_RELIABILITY: "source",
      INFO_CREDIBILITY: "claim",
      LIKELIHOOD: "claim",
      CONFIDENCE: "claim",
    });
  });

  it("accept only their own values, exactly", () => {
    expect(isValidScaleValue("SOURCE_RELIABILITY", "B")).toBe(true);
    expect(isValidScaleValue("SOURCE_RELIABILITY", "b")).toBe(false);
    expect(isValidScaleValue("SOURCE_RELIABILITY", "2")).toBe(false);
    expect(isValidScaleValue("INFO_CREDIBILITY", "2")).toBe(true);
    expect(isValidScaleValue("INFO_CREDIBILITY", "7")).toBe(false);
    expect(isValidScaleValue("LIKELIHOOD", "roughly even chance")).toBe(true);
    expect(isValidScaleValue("LIKELIHOOD", "probable")).toBe(false);
    expect(isValidScaleValue("CONFIDENCE", "moderate")).toBe(true);
    expect(isValidScaleValue("CONFIDENCE", "medium")).toBe(false);
  });

  it("give the words for a value, or the value itself when unknown", () => {
    expect(scaleLabel("SOURCE_RELIABILITY", "F")).toBe("Reliability cannot be judged");
    expect(scaleLabel("LIKELIHOOD", "very likely")).toBe("Very likely (80–95%)");
    expect(scaleLabel("CONFIDENCE", "unknown")).toBe("unknown");
  });
});
