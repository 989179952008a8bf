import { describe, expect, it } from "vitest";
import { highlightAll, matchRanges, snippet } from "../../lib/search/highlight";
import { runSimilarities, trigramSimilarity } from "../../lib/search/trigrams";

const term = (label: string, ...alternatives: string[]) => ({ label, alternatives });
const marks = (segments: { text: string; hit: boolean }[]) => segments.filter((s) => s.hit).map((s) => s.text);

describe("search highlights", () => {
  it("marks alias and variant matches on the original spelling", () => {
    const text = "Officials in Mazar-e Sharif blamed IS-K; Daesh's media denied it.";
    const segments = highlightAll(text, [term("ISKP", "iskp", "is k", "daish"), term("Mazar-i-Sharif", "mazari sharif")]);
    expect(marks(segments)).toEqual(["Mazar-e Sharif", "IS-K", "Daesh"]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("marks whole words for a prefix and does not mark inside words for short terms", () => {
    expect(marks(highlightAll("Attacks and counterattacks", [term("attack", "atack")]))).toEqual(["Attacks"]);
    expect(marks(highlightAll("this kind of IS K", [term("IS-K", "is k")]))).toEqual(["IS K"]);
  });

  it("marks Persian words including their zero-width non-joiners", () => {
    const text = "ذبیح‌الله مجاهد می‌گوید";
    expect(marks(highlightAll(text, [term("میگوید", "میگوید")]))).toEqual(["می‌گوید"]);
    expect(marks(highlightAll(text, [term("ذبيحالله", "ذبیحالله")]))).toEqual(["ذبیح‌الله"]);
  });

  it("marks near spellings when nothing matches literally", () => {
    expect(marks(highlightAll("Taliban spokesman Zabihullah Mujahid", [term("Zabiullah", "zabiulah")]))).toEqual(["Zabihullah"]);
    expect(trigramSimilarity("zabiulah", "zabihulah")).toBeGreaterThan(0.45);
    expect(trigramSimilarity("kabul", "kandahar")).toBeLessThan(0.2);
  });

  it("merges overlapping matches", () => {
    expect(matchRanges("Islamic State Khorasan Province", [term("x", "islamic stati khorasan", "islamic stati khorasan provinci")])).toEqual([{ start: 0, end: 31 }]);
  });

  it("cuts a snippet around the first match at word boundaries", () => {
    const text = `${"word ".repeat(100)}the Daesh claim ${"more ".repeat(100)}`;
    const segments = snippet(text, [term("Daesh", "daish")], 120);
    expect(segments[0]).toEqual({ text: "…", hit: false });
    expect(segments[segments.length - 1]).toEqual({ text: "…", hit: false });
    expect(marks(segments)).toEqual(["Daesh"]);
    const body = segments.slice(1, -1).map((s) => s.text).join("");
    expect(body.length).toBeLessThanOrEqual(120);
    expect(body.startsWith("word")).toBe(true);
  });

  it("scores every run of words as trigramSimilarity scores the run's text", () => {
    // Repeated words (a trigram counted twice in a run must leave it only once), a
    // word repeated across the run's edge, Persian, and a run longer than the text.
    const words = "zi attack zi attack on kabul attack مجاهد می‌گوید kabul zi zi".split(" ");
    for (const target of ["attack on kabul", "zi zi", "مجاهد میگوید kabul", "kabul"]) {
      for (const count of [1, 2, 3, 5]) {
        const expected = words.slice(0, words.length - count + 1).map((_, i) => trigramSimilarity(words.slice(i, i + count).join(" "), target));
        expect(runSimilarities(words, target, count)).toEqual(expected);
      }
    }
    expect(runSimilarities(["a", "b"], "a b c", 3)).toEqual([]);
    expect(runSimilarities(["a"], "", 1)).toEqual([]);
  });
});
