// Shingles (3-word runs, hashed) for the citation lookup's index, and the name
// variants a quote is looked up under. The SQL twin (cc_search_shingles) is compared
// with this in tests/integration/lookup-index.test.ts.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MAX_VARIANTS, nameVariants } from "../../lib/lookup/name-variants";
import { buildTerms, queryPhrase, type AliasMatch } from "../../lib/search/query";
import { foldedWords, intArray, nearMatchSets, shingleHash, shinglesOf } from "../../lib/search/shingles";
import { normalizeName } from "../../lib/text/normalize";

const md5int = (s: string) => createHash("md5").update(s).digest().readInt32BE(0);

describe("shingles", () => {
  it("hashes every run of three words, distinct and ascending", () => {
    expect(shingleHash("said in a")).toBe(md5int("said in a"));
    const text = " the ministry said in a statement ";
    const expected = ["the ministry said", "ministry said in", "said in a", "in a statement"].map(md5int).sort((a, b) => a - b);
    expect(shinglesOf(text)).toEqual(expected);
    expect(shinglesOf(" a b a b a b ")).toEqual([md5int("a b a"), md5int("b a b")].sort((a, b) => a - b));
    expect(shinglesOf(" two words ")).toEqual([]);
    expect(shinglesOf(" ")).toEqual([]);
    expect(foldedWords(" x  ")).toEqual(["x"]);
    expect(intArray([3, -1])).toBe("{3,-1}");
  });

  it("holds every shingle of a quote when the text holds the quote", () => {
    const text = shinglesOf(" 12 civilians were killed when a roadside bomb struck a checkpoint in kunduz ");
    expect(shinglesOf(" a roadside bomb struck a checkpoint ").every((h) => text.includes(h))).toBe(true);
  });

  it("leaves out each word in turn for near quotes, so one typo still leaves a set the text holds", () => {
    const text = shinglesOf(" 12 civilians were killed when a roadside bomb struck a checkpoint ");
    const sets = nearMatchSets("were killed when a rodside bomb struck a");
    expect(sets.length).toBeGreaterThan(1);
    expect(sets.some((set) => set.every((h) => text.includes(h)))).toBe(true);
    expect(sets.every((set) => set.length > 0)).toBe(true);
    // Three words: leaving any one out leaves no run of three.
    expect(nearMatchSets("one two three")).toEqual([]);
  });
});

describe("name variants of a quote", () => {
  const iskp: AliasMatch = { actor: "Islamic State Khorasan Province", names: ["Islamic State Khorasan Province", "ISKP", "IS-K", "Daesh", "داعش"] };
  const aliases = new Map([[normalizeName("ISKP"), iskp]]);

  it("names the actor by each other name, in place", () => {
    const q = "ISKP claimed the attack on the checkpoint";
    const variants = nameVariants(queryPhrase(q), buildTerms(q, aliases));
    const rest = queryPhrase("claimed the attack on the checkpoint");
    expect(variants).toEqual(expect.arrayContaining([`is k ${rest}`, `daish ${rest}`, `داعش ${rest}`]));
    expect(variants).not.toContain(queryPhrase(q));
  });

  it("has none without an actor, and stops at the cap", () => {
    expect(nameVariants(queryPhrase("the attack on the checkpoint"), buildTerms("the attack on the checkpoint", new Map()))).toEqual([]);
    const many: AliasMatch = { actor: "X", names: Array.from({ length: 30 }, (_, i) => `Name${i}`) };
    const q = "Name0 met Name1";
    const both = new Map([[normalizeName("Name0"), many], [normalizeName("Name1"), many]]);
    expect(nameVariants(queryPhrase(q), buildTerms(q, both)).length).toBeLessThanOrEqual(MAX_VARIANTS);
  });
});
