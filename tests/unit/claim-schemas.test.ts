import { describe, expect, it } from "vitest";
import { attachAppearanceSchema, claimKindLabels, claimKinds, createClaimSchema, updateClaimSchema } from "../../lib/claims/schemas";
import { parsed, refusedFields } from "../support/schema-errors";

const statement = "ISKP has between 1,500 and 4,000 fighters";

describe("claim schemas", () => {
  it("need a statement and one of the five kinds, each with words", () => {
    expect(claimKinds).toEqual(["STATEMENT", "DENIAL", "RESPONSIBILITY", "ASSESSMENT", "NUMERIC"]);
    expect(claimKindLabels.RESPONSIBILITY).toBe("Claim of responsibility");
    expect(refusedFields(createClaimSchema, { statement: " ", kind: "RUMOUR" })).toEqual(["kind", "statement"]);
    expect(parsed(createClaimSchema, { statement: " Daesh is defeated ", kind: "STATEMENT" })).toMatchObject({
      statement: "Daesh is defeated",
      excerptIds: [],
      claimantId: null,
      madeAt: null,
      numericValue: null,
      numericUnit: null,
    });
  });

  it("need a value or a range, and a unit, for a numeric claim", () => {
    expect(refusedFields(createClaimSchema, { statement, kind: "NUMERIC" })).toEqual(["numericUnit", "numericValue"]);
    expect(refusedFields(createClaimSchema, { statement, kind: "NUMERIC", numericValue: "4000" })).toEqual(["numericUnit"]);
    expect(refusedFields(createClaimSchema, { statement, kind: "NUMERIC", numericUnit: "fighters" })).toEqual(["numericValue"]);
    expect(refusedFields(createClaimSchema, { statement, kind: "NUMERIC", numericValue: "", numericUnit: " " })).toEqual(["numericUnit", "numericValue"]);
    expect(parsed(createClaimSchema, { statement, kind: "NUMERIC", numericValue: "4000", numericUnit: "fighters" })).toMatchObject({ numericValue: 4000, numericUnit: "fighters" });
    expect(parsed(createClaimSchema, { statement, kind: "NUMERIC", numericLow: 1500, numericHigh: "4000", numericUnit: "fighters" })).toMatchObject({ numericLow: 1500, numericHigh: 4000, numericValue: null });
    // The same rule holds when a claim is edited into a numeric one.
    expect(refusedFields(updateClaimSchema, { id: "c", version: 2, statement, kind: "NUMERIC" })).toEqual(["numericUnit", "numericValue"]);
  });

  it("refuse a range whose low is above its high, and figures that are not numbers", () => {
    expect(refusedFields(createClaimSchema, { statement, kind: "NUMERIC", numericLow: 4000, numericHigh: 1500, numericUnit: "fighters" })).toEqual(["numericHigh"]);
    expect(refusedFields(createClaimSchema, { statement, kind: "NUMERIC", numericValue: "many", numericUnit: "fighters" })).toEqual(["numericValue"]);
    expect(refusedFields(createClaimSchema, { statement, kind: "ASSESSMENT", numericLow: 9, numericHigh: 3 })).toEqual(["numericHigh"]);
  });

  it("take the date with its precision, refusing impossible days", () => {
    expect(parsed(createClaimSchema, { statement, kind: "STATEMENT", madeAt: "2022-05-01", madePrecision: "MONTH" })).toMatchObject({ madeAt: new Date("2022-05-01T00:00:00Z"), madePrecision: "MONTH" });
    expect(refusedFields(createClaimSchema, { statement, kind: "STATEMENT", madeAt: "2023-02-30" })).toEqual(["madeAt"]);
    expect(refusedFields(createClaimSchema, { statement, kind: "STATEMENT", madePrecision: "WEEK" })).toEqual(["madePrecision"]);
  });

  it("need ids to attach a passage and a version to edit", () => {
    expect(refusedFields(attachAppearanceSchema, { claimId: "c" })).toEqual(["excerptId"]);
    expect(refusedFields(updateClaimSchema, { id: "c", statement, kind: "STATEMENT" })).toEqual(["version"]);
    expect(parsed(createClaimSchema, { statement, kind: "STATEMENT", claimantId: "", onBehalfOfId: "a1" })).toMatchObject({ claimantId: null, onBehalfOfId: "a1" });
  });
});
