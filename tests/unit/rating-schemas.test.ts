import { describe, expect, it } from "vitest";
import { rateSchema } from "../../lib/ratings/schemas";
import { parsed, refusedFields } from "../support/schema-errors";

const onClaim = { rationale: "Two outlets, one origin", claimId: "c1" };
const onSource = { rationale: "Established outlet", sourceId: "s1" };

describe("rateSchema", () => {
  it("takes each scale's own values", () => {
    expect(parsed(rateSchema, { ...onSource, scale: "SOURCE_RELIABILITY", value: " B " })).toMatchObject({ value: "B", changeReason: null });
    expect(refusedFields(rateSchema, { ...onClaim, scale: "INFO_CREDIBILITY", value: "2" })).toEqual([]);
    expect(refusedFields(rateSchema, { ...onClaim, scale: "LIKELIHOOD", value: "almost certain" })).toEqual([]);
    expect(refusedFields(rateSchema, { ...onClaim, scale: "CONFIDENCE", value: "high" })).toEqual([]);
  });

  it("refuses a value from another scale, naming the value field and listing what is allowed", () => {
    expect(refusedFields(rateSchema, { ...onSource, scale: "SOURCE_RELIABILITY", value: "2" })).toEqual(["value"]);
    expect(refusedFields(rateSchema, { ...onClaim, scale: "INFO_CREDIBILITY", value: "B" })).toEqual(["value"]);
    expect(refusedFields(rateSchema, { ...onClaim, scale: "LIKELIHOOD", value: "high" })).toEqual(["value"]);
    expect(refusedFields(rateSchema, { ...onClaim, scale: "CONFIDENCE", value: "likely" })).toEqual(["value"]);
    const result = rateSchema.safeParse({ ...onClaim, scale: "CONFIDENCE", value: "medium" });
    expect(result.error?.issues[0].message).toBe("must be one of: low, moderate, high");
  });

  it("rates a source on reliability and a claim on the other scales, never both", () => {
    expect(refusedFields(rateSchema, { ...onClaim, scale: "SOURCE_RELIABILITY", value: "A" })).toEqual(["sourceId"]);
    expect(refusedFields(rateSchema, { ...onSource, scale: "LIKELIHOOD", value: "likely" })).toEqual(["claimId"]);
    expect(refusedFields(rateSchema, { ...onSource, ...onClaim, scale: "CONFIDENCE", value: "low" })).toEqual(["claimId"]);
    expect(refusedFields(rateSchema, { rationale: "r", scale: "CONFIDENCE", value: "low" })).toEqual(["claimId"]);
  });

  it("needs a rationale and a known scale", () => {
    expect(refusedFields(rateSchema, { claimId: "c1", scale: "LIKELIHOOD", value: "likely", rationale: "  " })).toEqual(["rationale"]);
    expect(refusedFields(rateSchema, { ...onClaim, scale: "ACCURACY", value: "A" })).toEqual(["scale"]);
  });
});
