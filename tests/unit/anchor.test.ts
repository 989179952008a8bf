import { describe, expect, it } from "vitest";
import { CONTEXT_LENGTH, occurrences, positionHolds, quoteAt, sha256Hex, splitsCharacter } from "../../lib/text/anchor";

const long = "The Taliban spokesman said on Tuesday that Daesh had been defeated and suppressed across the country, a claim analysts disputed.";

describe("quoteAt", () => {
  it("takes the exact passage with 32 characters of context each side", () => {
    const start = long.indexOf("Daesh");
    const quote = quoteAt(long, { start, end: start + 5 });
    expect(CONTEXT_LENGTH).toBe(32);
    expect(quote).toEqual({ exact: "Daesh", prefix: long.slice(start - 32, start), suffix: long.slice(start + 5, start + 37) });
    expect(quote.prefix).toBe(" spokesman said on Tuesday that ");
    expect(quote.suffix).toBe(" had been defeated and suppresse");
  });

  it("keeps what context there is at the start and end of the text", () => {
    expect(quoteAt(long, { start: 0, end: 3 })).toEqual({ exact: "The", prefix: "", suffix: long.slice(3, 35) });
    expect(quoteAt(long, { start: 10, end: 14 }).prefix).toBe("The Taliba");
    expect(quoteAt(long, { start: long.length - 9, end: long.length })).toEqual({ exact: "disputed.", prefix: long.slice(long.length - 41, long.length - 9), suffix: "" });
    expect(quoteAt(long, { start: long.length - 13, end: long.length - 10 })).toMatchObject({ exact: "sts", suffix: " disputed." });
    expect(quoteAt("Daesh", { start: 0, end: 5 })).toEqual({ exact: "Daesh", prefix: "", suffix: "" });
  });

  it("counts UTF-16 code units in Persian and Arabic text, as the DOM does", () => {
    const persian = "ذبیح‌الله مجاهد گفت: «داعش شکست خورده است.»";
    const start = persian.indexOf("داعش");
    expect(start).toBe(22); // the ZWNJ in ذبیح‌الله is one code unit
    const quote = quoteAt(persian, { start, end: start + 4 });
    expect(quote.exact).toBe("داعش");
    expect(quote.prefix).toBe("ذبیح‌الله مجاهد گفت: «");
    expect(quote.suffix).toBe(" شکست خورده است.»");
    const arabic = "قال المتحدث إن تنظيم الدولة هُزم";
    expect(quoteAt(arabic, { start: 15, end: 27 }).exact).toBe("تنظيم الدولة");
  });

  it("counts an emoji as two code units and never splits one", () => {
    const text = "🙂🙂 داعش 🙂";
    expect(quoteAt(text, { start: 5, end: 9 })).toEqual({ exact: "داعش", prefix: "🙂🙂 ", suffix: " 🙂" });
    expect(quoteAt(text, { start: 0, end: 2 }).exact).toBe("🙂");
    expect(() => quoteAt(text, { start: 1, end: 4 })).toThrow(RangeError);
    expect(() => quoteAt(text, { start: 0, end: 3 })).toThrow(RangeError);
  });

  it("shortens the context by one rather than cut an emoji at its edge", () => {
    const before = `🙂${"a".repeat(31)}`; // 33 code units: the 32-unit window would start inside the emoji
    const after = `${"b".repeat(31)}🙂`;
    const text = `${before}X${after}`;
    const quote = quoteAt(text, { start: 33, end: 34 });
    expect(quote).toEqual({ exact: "X", prefix: "a".repeat(31), suffix: "b".repeat(31) });
    const fits = quoteAt(`a🙂${"a".repeat(30)}X🙂${"b".repeat(30)}`, { start: 33, end: 34 });
    expect(fits.prefix).toBe(`🙂${"a".repeat(30)}`);
    expect(fits.suffix).toBe(`🙂${"b".repeat(30)}`);
  });

  it("refuses positions outside the text or not in order", () => {
    for (const [start, end] of [[-1, 2], [3, 3], [4, 2], [0, long.length + 1], [0.5, 2], [Number.NaN, 1]]) {
      expect(() => quoteAt(long, { start, end })).toThrow(RangeError);
    }
  });
});

describe("splitsCharacter", () => {
  it("is true only between the halves of a surrogate pair", () => {
    const text = "a🙂b";
    expect([0, 1, 2, 3, 4].map((offset) => splitsCharacter(text, offset))).toEqual([false, false, true, false, false]);
    expect(splitsCharacter("داعش", 2)).toBe(false);
  });
});

describe("positionHolds", () => {
  it("says whether the offsets still give the quote", () => {
    expect(positionHolds(long, { start: 4, end: 11 }, "Taliban")).toBe(true);
    expect(positionHolds(`A ${long}`, { start: 4, end: 11 }, "Taliban")).toBe(false);
  });
});

describe("occurrences", () => {
  it("finds every start offset, overlapping ones too", () => {
    expect(occurrences("Daesh, Daesh and daesh", "Daesh")).toEqual([0, 7]);
    expect(occurrences("aaaa", "aa")).toEqual([0, 1, 2]);
    expect(occurrences("داعش گفت داعش", "داعش")).toEqual([0, 9]);
    expect(occurrences("🙂x🙂x", "x")).toEqual([2, 5]);
    expect(occurrences(long, "ISKP")).toEqual([]);
    expect(occurrences(long, "")).toEqual([]);
  });
});

describe("sha256Hex", () => {
  it("hashes the UTF-8 bytes, matching known digests", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // `printf 'داعش 🙂\r\n' | sha256sum`
    expect(sha256Hex("داعش 🙂\r\n")).toBe("0f192cecbc48c7c2553f393562b21b974e1102a25666d05092d29fdf766aa09d");
    expect(sha256Hex("a\n")).not.toBe(sha256Hex("a\r\n"));
  });
});
