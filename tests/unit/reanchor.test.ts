import { describe, expect, it } from "vitest";
import { occurrences, quoteAt, splitsCharacter } from "../../lib/text/anchor";
import { FUZZY_THRESHOLD, reanchor, type PreviousAnchor, type ReanchorResult } from "../../lib/text/reanchor";

/** The anchor an excerpt of `exact` (its nth copy) in `text` would have stored. */
function anchorOf(text: string, exact: string, nth = 0): PreviousAnchor {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`"${exact}" is not in the text`);
  return { start, end: start + exact.length, ...quoteAt(text, { start, end: start + exact.length }) };
}

/** A found anchor's offsets reproduce its exact, and never split a character. */
function expectConsistent(text: string, result: ReanchorResult) {
  if (result.status === "ORPHANED") return;
  expect(text.slice(result.start, result.end)).toBe(result.exact);
  expect(splitsCharacter(text, result.start) || splitsCharacter(text, result.end)).toBe(false);
}

const quote = "Without doubt, Daesh has been defeated and suppressed.";
const article = `Zabihullah Mujahid told Radio Azadi: "${quote}" Days later IS-K claimed attacks in four provinces.`;

describe("reanchor", () => {
  it("keeps an unchanged passage where it was (ANCHORED, same offsets)", () => {
    const old = anchorOf(article, quote);
    expect(reanchor(article, old)).toEqual({ status: "ANCHORED", start: old.start, end: old.end, exact: quote, score: 1 });
    const editedElsewhere = article.replace("four provinces", "five provinces");
    expect(reanchor(editedElsewhere, old)).toMatchObject({ status: "ANCHORED", start: old.start });
  });

  it("follows a passage that text inserted before it pushed along (MOVED)", () => {
    const old = anchorOf(article, quote);
    const corrected = `Correction appended on 3 May. ${article}`;
    const result = reanchor(corrected, old);
    expect(result).toEqual({ status: "MOVED", start: old.start + 30, end: old.end + 30, exact: quote, score: 1 });
    expectConsistent(corrected, result);
  });

  it("finds a passage whose surroundings changed completely but whose quote is intact", () => {
    const old = anchorOf(article, quote);
    const rewritten = `In a statement read on state television, officials repeated the line: ${quote} Analysts disputed this.`;
    expect(reanchor(rewritten, old)).toMatchObject({ status: "MOVED", start: rewritten.indexOf(quote), exact: quote });
  });

  it("matches a passage with a typo fixed as FUZZY, with the new offsets, text and a score", () => {
    const withTypo = article.replace("suppressed", "supressed");
    const old = anchorOf(withTypo, quote.replace("suppressed", "supressed"));
    const result = reanchor(article, old);
    expect(result).toMatchObject({ status: "FUZZY", start: old.start, end: old.end + 1, exact: quote });
    expect(result.score).toBeGreaterThanOrEqual(FUZZY_THRESHOLD);
    expect(result.score).toBeLessThan(1);
  });

  it("matches a passage with a word changed as FUZZY, scoring it below a typo fix", () => {
    const old = anchorOf(article, quote);
    const corrected = article.replace("defeated", "beaten");
    const result = reanchor(corrected, old);
    expect(result).toMatchObject({ status: "FUZZY", start: old.start, exact: "Without doubt, Daesh has been beaten and suppressed." });
    expect(result.score).toBeGreaterThanOrEqual(FUZZY_THRESHOLD);
    const typo = reanchor(article.replace("Daesh", "Daseh"), old);
    expect(typo.status).toBe("FUZZY");
    expect(typo.score).toBeGreaterThan(result.score);
    expectConsistent(corrected, result);
  });

  it("takes whole words when the first word of the passage was replaced", () => {
    const old = anchorOf(article, quote);
    const corrected = article.replace("Without doubt", "Undoubtedly");
    expect(reanchor(corrected, old)).toMatchObject({ status: "FUZZY", exact: "Undoubtedly, Daesh has been defeated and suppressed." });
  });

  it("orphans a deleted passage, and one rewritten beyond recognition, rather than guess", () => {
    const old = anchorOf(article, quote);
    expect(reanchor(article.replace(`"${quote}" `, ""), old)).toMatchObject({ status: "ORPHANED" });
    const rewritten = article.replace(quote, "The group remains active in the east of the country.");
    const result = reanchor(rewritten, old);
    expect(result.status).toBe("ORPHANED");
    expect(result.score).toBeLessThan(FUZZY_THRESHOLD);
    expect(result).not.toHaveProperty("start");
  });

  describe("a repeated passage", () => {
    const repeated = "We did not carry out this attack.";
    const kabul = `In Kabul the spokesman said: "${repeated}" He took no questions from the press.`;
    const jalalabad = `Later, in Jalalabad, a provincial commander said: "${repeated}" Then he left the stage quickly.`;
    const text = `${kabul} ${jalalabad}`;

    it("picks the copy whose context agrees after both copies moved", () => {
      const second = anchorOf(text, repeated, 1);
      const corrected = `Updated with a second statement. ${text}`;
      expect(reanchor(corrected, second)).toMatchObject({ status: "MOVED", start: second.start + 33 });
      const first = anchorOf(text, repeated, 0);
      expect(reanchor(corrected, first)).toMatchObject({ status: "MOVED", start: first.start + 33 });
    });

    it("still picks the right copy when the other copy moved nearer the old place", () => {
      const second = anchorOf(text, repeated, 1);
      const swapped = `${jalalabad} ${kabul} Both statements were recorded.`;
      const kabulCopy = swapped.indexOf(repeated, swapped.indexOf("Kabul"));
      // The wrong copy is now the nearer one; context must win over closeness.
      expect(Math.abs(kabulCopy - second.start)).toBeLessThan(Math.abs(swapped.indexOf(repeated) - second.start));
      expect(reanchor(swapped, second)).toMatchObject({ status: "MOVED", start: swapped.indexOf(repeated) });
    });

    it("falls back on closeness when the contexts agree equally", () => {
      const twins = `Intro. "${repeated}" x "${repeated}" y "${repeated}" end.`;
      const middle = anchorOf(twins, repeated, 1);
      const shifted = `A. ${twins.replace("Intro. ", "Intro ")}`;
      const copies = occurrences(shifted, repeated);
      expect(reanchor(shifted, middle)).toMatchObject({ status: "MOVED", start: copies[1] });
    });
  });

  describe("a passage at the very start or end of the text", () => {
    const text = "Daesh has been defaeted, the spokesman said on Tuesday, and nobody else agreed";

    it("at the start", () => {
      const old = anchorOf(text, "Daesh has been defaeted");
      expect(old.prefix).toBe("");
      expect(reanchor(`KABUL — ${text}`, old)).toMatchObject({ status: "MOVED", start: 8 });
      expect(reanchor(text.replace("defaeted", "defeated"), old)).toMatchObject({ status: "FUZZY", start: 0, end: 23, exact: "Daesh has been defeated" });
    });

    it("at the end", () => {
      const old = anchorOf(text, "and nobody else agreed");
      expect(old.suffix).toBe("");
      const fixed = text.replace("nobody else agreed", "nobody else agrees.");
      expect(reanchor(fixed, old)).toMatchObject({ status: "FUZZY", end: fixed.length - 1, exact: "and nobody else agrees" });
      expect(reanchor(text.slice(0, -6), old)).toMatchObject({ status: "FUZZY", exact: "and nobody else" });
    });
  });

  describe("Persian and Arabic text", () => {
    const persian = "سخنگوی طالبان، ذبیح‌الله مجاهد، گفت که «داعش در افغانستان شکست خورده است» 🙂 و این ادعا را تکرار کرد.";
    const claim = "داعش در افغانستان شکست خورده است";

    it("moves and fuzzy-matches passages counted in UTF-16 units", () => {
      const old = anchorOf(persian, claim);
      expect(reanchor(`کابل — ${persian}`, old)).toMatchObject({ status: "MOVED", start: old.start + 7 });
      const strengthened = persian.replace("شکست", "کاملاً شکست");
      const result = reanchor(strengthened, old);
      expect(result).toMatchObject({ status: "FUZZY", start: old.start, exact: "داعش در افغانستان کاملاً شکست خورده است" });
      expectConsistent(strengthened, result);
    });

    it("matches a name respelled with the Arabic yeh, zero-width non-joiner kept", () => {
      const name = "ذبیح‌الله مجاهد";
      const old = anchorOf(persian, name);
      const arabicYeh = persian.replace(name, "ذبيح‌الله مجاهد");
      expect(reanchor(arabicYeh, old)).toMatchObject({ status: "FUZZY", start: old.start, end: old.end, exact: "ذبيح‌الله مجاهد" });
    });

    it("never begins or ends a fuzzy match inside an emoji", () => {
      const old = anchorOf(persian, `«${claim}» 🙂`);
      const corrected = persian.replace(`${claim}» 🙂`, `${claim.replace("است", "اند")}» 😀`);
      const result = reanchor(corrected, old);
      expect(result).toMatchObject({ status: "FUZZY", start: old.start });
      expectConsistent(corrected, result);
      expect(result.status === "FUZZY" && result.exact.endsWith("😀")).toBe(true);
      const fromEmoji = anchorOf(persian, "🙂 و این ادعا را تکرار کرد");
      const swapped = persian.replace("🙂 و این ادعا را تکرار", "😀 و این ادعا را باز تکرار");
      const again = reanchor(swapped, fromEmoji);
      expect(again).toMatchObject({ status: "FUZZY", start: fromEmoji.start, exact: "😀 و این ادعا را باز تکرار کرد" });
      expectConsistent(swapped, again);
    });
  });
});

describe("a long text", () => {
  /** A deterministic pseudo-random sequence (mulberry32), so a failure can be replayed. */
  function seeded(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const vocabulary = ("the a of in to and said spokesman province attack district police officials killed wounded claimed denied " +
    "statement group fighters reported sources local residents governor ministry security forces convoy checkpoint village " +
    "market mosque school hospital night morning according independent confirm casualties figures earlier later").split(" ");

  it("re-anchors 200 excerpts of a 150,000-character source, each to its expected place", { timeout: 60_000 }, () => {
    const random = seeded(20240503);
    const pick = (n: number) => Math.floor(random() * n);
    let text = "";
    while (text.length < 150_000) text += `${vocabulary[pick(vocabulary.length)]}${random() < 0.08 ? ". " : " "}`;
    const slot = 750;
    const excerpts = Array.from({ length: 200 }, (_, k) => {
      const start = k * slot + 40 + pick(300);
      return anchorOf(text, text.slice(start, start + 40 + pick(300)));
    });
    for (const excerpt of excerpts) expect(occurrences(text, excerpt.exact)).toEqual([excerpt.start]);

    // Per excerpt by k % 4: untouched; a typo inside; deleted; its surroundings rewritten. Plus a note in the middle.
    type Edit = { at: number; remove: number; insert: string };
    const edits: Edit[] = [{ at: 100 * slot, remove: 0, insert: "An editor's note was inserted here on 3 May. " }];
    excerpts.forEach((excerpt, k) => {
      if (k % 4 === 1) {
        let at = excerpt.start + (excerpt.exact.length >> 1);
        while (!/[a-z]/.test(text[at])) at += 1;
        edits.push({ at, remove: 1, insert: text[at] === "q" ? "z" : "q" });
      } else if (k % 4 === 2) {
        edits.push({ at: excerpt.start, remove: excerpt.exact.length, insert: "" });
      } else if (k % 4 === 3) {
        edits.push({ at: excerpt.start - 30, remove: 30, insert: "#".repeat(29) + " " });
        edits.push({ at: excerpt.end, remove: 30, insert: " " + "%".repeat(29) });
      }
    });
    let corrected = text;
    for (const edit of [...edits].sort((a, b) => b.at - a.at)) {
      corrected = corrected.slice(0, edit.at) + edit.insert + corrected.slice(edit.at + edit.remove);
    }
    const shiftBefore = (offset: number) =>
      edits.filter((edit) => edit.at + edit.remove <= offset).reduce((sum, edit) => sum + edit.insert.length - edit.remove, 0);

    const counts: Record<string, number> = {};
    excerpts.forEach((excerpt, k) => {
      const result = reanchor(corrected, excerpt);
      counts[result.status] = (counts[result.status] ?? 0) + 1;
      expectConsistent(corrected, result);
      const shift = shiftBefore(excerpt.start);
      const place = { start: excerpt.start + shift, end: excerpt.end + shift };
      if (k % 4 === 2) expect(result.status, `excerpt ${k}`).toBe("ORPHANED");
      else if (k % 4 === 1) expect(result, `excerpt ${k}`).toMatchObject({ status: "FUZZY", ...place });
      else expect(result, `excerpt ${k}`).toMatchObject({ status: shift === 0 ? "ANCHORED" : "MOVED", ...place, exact: excerpt.exact });
    });
    expect(counts).toEqual({ ANCHORED: 1, MOVED: 99, FUZZY: 50, ORPHANED: 50 });
  });
});
