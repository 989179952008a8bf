import { describe, expect, it } from "vitest";
import { MAX_KEPT, padded, statementName } from "../../lib/db/statement-names";

const lookupSql = (n: number) => `WITH /* lookup:excerpt */ q AS (SELECT ${n})`;

describe("statementName", () => {
  it("names only the tagged statements, the same text always the same name, and at most MAX_KEPT of the lookup's texts", () => {
    expect(statementName(`SELECT 1 FROM "Claim" WHERE "id" = $1`)).toBe("");
    expect(statementName(`WITH /* lookup:near */ q AS (SELECT 1)`)).toBe("");
    expect(statementName(`SELECT 1 /* WITH /* lookup:excerpt */ */`)).toBe("");

    const first = statementName(lookupSql(0));
    expect(first).toMatch(/^cc_[0-9a-f]{32}$/);
    expect(statementName(lookupSql(0))).toBe(first);
    expect(statementName(`WITH /* lookup:source */ m AS (SELECT 1)`)).toMatch(/^cc_/);
    expect(statementName(`SELECT /* lookup:aliases */ 1`)).toMatch(/^cc_/);
    expect(statementName(`SELECT /* lookup:near */ 1`)).toBe("");

    const names = new Set([first]);
    for (let n = 1; n < MAX_KEPT - 2; n += 1) names.add(statementName(lookupSql(n)));
    expect(names.size).toBe(MAX_KEPT - 2);
    // The process has met MAX_KEPT texts: a new one runs unprepared; the kept ones keep their names.
    expect(statementName(lookupSql(MAX_KEPT))).toBe("");
    expect(statementName(lookupSql(0))).toBe(first);
    // The token and membership checks are named whatever the lookup has used up, and only with their tag first.
    expect(statementName(`SELECT /* auth:token */ "userId" FROM "ApiToken" WHERE "tokenHash" = $1`)).toMatch(/^cc_[0-9a-f]{32}$/);
    expect(statementName(`SELECT /* auth:membership */ m."id" FROM "Membership" m`)).toMatch(/^cc_/);
    expect(statementName(`SELECT /* auth:session */ 1`)).toBe("");
    expect(statementName(`\n  SELECT /* auth:token */ 1`)).toBe("");
  });
});

describe("padded", () => {
  it("lengthens a list to 4, 8 or the next multiple of 8 with the filler, keeping its items first", () => {
    expect(padded([1], 0)).toEqual([1, 0, 0, 0]);
    expect(padded([1, 2, 3, 4], 0)).toEqual([1, 2, 3, 4]);
    expect(padded([1, 2, 3, 4, 5], 9)).toEqual([1, 2, 3, 4, 5, 9, 9, 9]);
    expect(padded(Array.from({ length: 9 }, (_, i) => i), -1)).toHaveLength(16);
    expect(padded(Array.from({ length: 16 }, (_, i) => i), -1)).toHaveLength(16);
  });
});
