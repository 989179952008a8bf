import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createActorSchema, addAffiliationSchema } from "../../lib/actors/schemas";
import { createDisputeSchema, placeClaimSchema, updateDisputeSchema } from "../../lib/disputes/schemas";
import { AppError } from "../../lib/errors";
import { createEvidenceSchema, deleteEvidenceSchema, updateEvidenceSchema } from "../../lib/evidence/schemas";
import { isoDate, optionalText, requiredText, url, version } from "../../lib/schemas";
import { createExcerptSchema, createSourceSchema, updateSourceSchema } from "../../lib/sources/schemas";
import { parsed, refusedFields } from "../support/schema-errors";

describe("shared building blocks", () => {
  const form = z.object({ on: isoDate, title: requiredText(10), note: optionalText(5), link: url, version });

  it("isoDate takes real calendar days as midnight UTC, and empty as unknown", () => {
    expect(parsed(form, { on: "2024-02-29", title: "t", version: 1 }).on).toEqual(new Date("2024-02-29T00:00:00Z"));
    expect(parsed(form, { on: "", title: "t", version: 1 }).on).toBeNull();
    expect(parsed(form, { title: "t", version: 1 }).on).toBeNull();
    for (const bad of ["2023-02-30", "2023-02-29", "2023-13-01", "2023-04-31", "2023-2-3", "03/09/2023", "2023-03-09T10:00"]) {
      expect(refusedFields(form, { on: bad, title: "t", version: 1 })).toEqual(["on"]);
    }
  });

  it("requiredText trims and needs something; optionalText turns empty into null", () => {
    expect(parsed(form, { title: "  t  ", note: "  ", version: 1 })).toMatchObject({ title: "t", note: null });
    expect(refusedFields(form, { title: "   ", version: 1 })).toEqual(["title"]);
    expect(refusedFields(form, { version: 1 })).toEqual(["title"]);
    expect(refusedFields(form, { title: "x".repeat(11), note: "x".repeat(6), version: 1 })).toEqual(["note", "title"]);
  });

  it("url takes http(s) only; version is a whole number from 1", () => {
    expect(parsed(form, { title: "t", link: "https://example.org/a", version: "3" })).toMatchObject({ link: "https://example.org/a", version: 3 });
    expect(parsed(form, { title: "t", link: "", version: 1 }).link).toBeNull();
    expect(refusedFields(form, { title: "t", link: "javascript:alert(1)", version: 1 })).toEqual(["link"]);
    expect(refusedFields(form, { title: "t", version: 0 })).toEqual(["version"]);
    expect(refusedFields(form, { title: "t", version: 1.5 })).toEqual(["version"]);
  });
});

describe("AppError.invalid", () => {
  it("names each field with its messages, and the form as a whole as _", () => {
    const schema = z.object({ a: z.string(), nested: z.object({ b: z.number() }) }).refine(() => false, "whole form");
    const error = AppError.invalid(schema.safeParse({ a: 1, nested: { b: "x" } }).error!);
    expect(error.code).toBe("INVALID");
    expect(error.status).toBe(400);
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["a", "nested.b"]);
    expect(error.message).toMatch(/^Invalid input — a: .+; nested\.b: .+$/);
    const whole = AppError.invalid(z.string().refine(() => false, "whole form").safeParse("x").error!);
    expect(whole.fieldErrors).toEqual({ _: ["whole form"] });
  });
});

describe("source schemas", () => {
  it("keep the text exactly, with its white space and line ends", () => {
    const text = "  ذبیح‌الله\r\nsaid  \t\r\n";
    expect(parsed(createSourceSchema, { title: "t", text }).text).toBe(text);
    expect(refusedFields(createSourceSchema, { title: "t", text: " \r\n\t " })).toEqual(["text"]);
    expect(refusedFields(createSourceSchema, { title: "t", text: "a\u0000b" })).toEqual(["text"]);
    expect(refusedFields(createSourceSchema, { title: "t" })).toEqual(["text"]);
  });

  it("split authors on semicolons and lines, and default the language and kind", () => {
    expect(parsed(createSourceSchema, { title: "t", text: "x", authors: " A. One ;B. Two\nC. Three;; " })).toMatchObject({ authors: ["A. One", "B. Two", "C. Three"], language: "en", kind: "ARTICLE" });
    expect(parsed(createSourceSchema, { title: "t", text: "x", authors: ["A. One"], language: "fa-AF" })).toMatchObject({ authors: ["A. One"], language: "fa-AF" });
    expect(refusedFields(createSourceSchema, { title: "t", text: "x", language: "Dari", kind: "BLOG" })).toEqual(["kind", "language"]);
    expect(refusedFields(updateSourceSchema, { title: "t" })).toEqual(["id", "version"]);
  });

  it("need an excerpt to end after it starts, and a SHA-256 in hex when given", () => {
    expect(parsed(createExcerptSchema, { sourceId: "s", start: "3", end: "9" })).toMatchObject({ start: 3, end: 9 });
    expect(refusedFields(createExcerptSchema, { sourceId: "s", start: 9, end: 9 })).toEqual(["end"]);
    expect(refusedFields(createExcerptSchema, { sourceId: "s", start: -1, end: 2 })).toEqual(["start"]);
    expect(refusedFields(createExcerptSchema, { sourceId: "s", start: 0, end: 2, textSha256: "ABC" })).toEqual(["textSha256"]);
  });
});

describe("actor schemas", () => {
  it("need a name, a kind, and a non-empty alias", () => {
    expect(parsed(createActorSchema, { name: " ISKP ", kind: "ORGANISATION" })).toMatchObject({ name: "ISKP", aliases: [], description: null });
    expect(refusedFields(createActorSchema, { name: "", kind: "GROUP" })).toEqual(["kind", "name"]);
    expect(refusedFields(createActorSchema, { name: "ISKP", kind: "ORGANISATION", aliases: [{ alias: " " }] })).toEqual(["aliases.0.alias"]);
    expect(refusedFields(addAffiliationSchema, { personId: "p", organisationId: "o" })).toEqual(["role"]);
  });
});

describe("dispute schemas", () => {
  it("put each claim on one side only", () => {
    const claims = [{ claimId: "c1", side: "AFFIRMS" }, { claimId: "c1", side: "DISPUTES" }];
    expect(refusedFields(createDisputeSchema, { proposition: "p", claims })).toEqual(["claims"]);
    expect(refusedFields(createDisputeSchema, { proposition: "p", claims: [{ claimId: "c1", side: "MAYBE" }] })).toEqual(["claims.0.side"]);
    expect(parsed(createDisputeSchema, { proposition: "p" })).toMatchObject({ claims: [], summary: null });
    expect(refusedFields(updateDisputeSchema, { id: "d", version: 1, proposition: "p", status: "DONE" })).toEqual(["status"]);
    expect(refusedFields(placeClaimSchema, { disputeId: "d", claimId: "c", side: "" })).toEqual(["side"]);
  });
});

describe("evidence schemas", () => {
  it("need exactly one of excerpt, incident or claim, and never the claim itself", () => {
    const base = { claimId: "c1", stance: "SUPPORTS" };
    expect(refusedFields(createEvidenceSchema, base)).toEqual(["excerptId"]);
    expect(refusedFields(createEvidenceSchema, { ...base, excerptId: "e", incidentId: "i" })).toEqual(["excerptId"]);
    expect(refusedFields(createEvidenceSchema, { ...base, excerptId: "e", incidentId: "i", fromClaimId: "c2" })).toEqual(["excerptId"]);
    expect(refusedFields(createEvidenceSchema, { ...base, fromClaimId: "c1" })).toEqual(["fromClaimId"]);
    expect(refusedFields(createEvidenceSchema, { ...base, incidentId: "i", stance: "AGREES" })).toEqual(["stance"]);
    for (const one of [{ excerptId: "e" }, { incidentId: "i" }, { fromClaimId: "c2" }]) expect(refusedFields(createEvidenceSchema, { ...base, ...one })).toEqual([]);
    expect(refusedFields(updateEvidenceSchema, { id: "l", version: 1, stance: "CONTEXT" })).toEqual([]);
    expect(refusedFields(deleteEvidenceSchema, { id: "l" })).toEqual(["version"]);
  });
});
