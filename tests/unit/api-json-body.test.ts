import { describe, expect, it } from "vitest";
import { jsonBody } from "../../lib/api/responses";

describe("jsonBody", () => {
  it("leaves out password and token hashes wherever they sit", () => {
    const body = jsonBody({ user: { id: "u1", passwordHash: "$argon2id$x" }, tokens: [{ id: "t1", tokenHash: "abc" }] });
    expect(JSON.parse(body)).toEqual({ user: { id: "u1" }, tokens: [{ id: "t1" }] });
  });

  it("writes bigints as strings", () => {
    expect(JSON.parse(jsonBody({ count: 12345678901234567890n, nested: [1n] }))).toEqual({ count: "12345678901234567890", nested: ["1"] });
  });

  it("keeps text that only mentions the names, and gives the same text a replacer would", () => {
    const data = { note: 'a "passwordHash": field', tokenHashes: 2, when: new Date("2026-01-02T03:04:05Z") };
    expect(jsonBody(data)).toBe(JSON.stringify(data));
    expect(JSON.parse(jsonBody(data)).note).toBe('a "passwordHash": field');
  });

  it("still refuses what JSON cannot hold", () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => jsonBody(loop)).toThrow(TypeError);
  });
});
