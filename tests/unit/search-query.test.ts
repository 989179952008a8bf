import { describe, expect, it } from "vitest";
import { aliasKeys, buildTerms, queryPhrase, termPattern, type AliasMatch } from "../../lib/search/query";
import { normalizeName } from "../../lib/text/normalize";

const iskp: AliasMatch = { actor: "Islamic State Khorasan Province", names: ["Islamic State Khorasan Province", "ISKP", "IS-K", "ISIS-K", "Daesh", "داعش"] };
const aliases = new Map([[normalizeName("ISKP"), iskp], [normalizeName("Islamic State Khorasan Province"), iskp]]);

describe("search query", () => {
  it("offers every run of words as an alias key", () => {
    expect(aliasKeys("ISKP attacks Kabul")).toEqual(expect.arrayContaining(["iskp", "iskp attacks", "attacks kabul", "iskp attacks kabul"]));
    expect(aliasKeys('"exact words" ISKP')).toEqual(["iskp"]);
  });

  it("turns an actor's name into one term with all its names", () => {
    const terms = buildTerms("ISKP attacks", aliases);
    expect(terms[0]).toMatchObject({ label: "ISKP", actor: iskp.actor });
    expect(terms[0].alternatives).toEqual(expect.arrayContaining(["iskp", "is k", "isis k", "daish", "داعش", "islamic stati khorasan provinci"]));
    expect(terms[1]).toEqual({ label: "attacks", alternatives: ["atacks"] });
  });

  it("prefers the longest name", () => {
    const terms = buildTerms("Islamic State Khorasan Province", aliases);
    expect(terms).toHaveLength(1);
    expect(terms[0].actor).toBe(iskp.actor);
  });

  it("keeps quoted text as one term and drops one-letter words", () => {
    expect(buildTerms('"Mazar-e Sharif" a attack', new Map())).toEqual([
      { label: "Mazar-e Sharif", alternatives: ["mazari sharif"] },
      { label: "attack", alternatives: ["atack"] },
    ]);
    expect(buildTerms("a", new Map())).toEqual([{ label: "a", alternatives: ["a"] }]);
  });

  it("matches short terms as whole words and longer ones at a word start", () => {
    expect(termPattern("is k")).toBe(" is k ");
    expect(termPattern("daish")).toBe(" daish");
    expect(termPattern("mazari sharif")).toBe(" mazari sharif");
    expect(queryPhrase('"Mazar-e" Sharif')).toBe("mazari sharif");
  });
});
