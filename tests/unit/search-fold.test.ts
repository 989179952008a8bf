import { describe, expect, it } from "vitest";
import { foldForSearch, foldTerm } from "../../lib/search/fold";

describe("foldForSearch", () => {
  it("folds romanisation variants of Perso-Arabic names together", () => {
    expect(foldTerm("Mazar-i-Sharif")).toBe(foldTerm("Mazar-e Sharif"));
    expect(foldTerm("Mazari Sharif")).toBe(foldTerm("Mazar e Sharif"));
    expect(foldTerm("Thabihullah")).toBe(foldTerm("Zabihullah"));
    expect(foldTerm("Dhabihullah")).toBe(foldTerm("Zabihullah"));
    expect(foldTerm("Mujahed")).toBe(foldTerm("Mujahid"));
    expect(foldTerm("Khorassan")).toBe(foldTerm("Khorasan"));
    expect(foldTerm("Qari")).toBe(foldTerm("Kari"));
    expect(foldTerm("Kunduz")).toBe(foldTerm("Koonduz"));
  });

  it("keeps different names apart", () => {
    expect(foldTerm("Kabul")).not.toBe(foldTerm("Kandahar"));
    expect(foldTerm("Balkh")).not.toBe(foldTerm("Badakhshan"));
  });

  it("folds case, diacritics, punctuation and Latin ligatures", () => {
    expect(foldTerm("KIZILAY İstanbul")).toBe(foldTerm("kizilay istanbul"));
    expect(foldTerm("Daesh’s — «claim»")).toBe("daish s claim");
    expect(foldTerm("ﬁle")).toBe("fili");
  });

  it("folds Persian and Arabic letter forms, zero-width non-joiners, harakat and digits", () => {
    expect(foldTerm("می‌گوید")).toBe(foldTerm("میگوید"));
    expect(foldTerm("ميگويد")).toBe(foldTerm("میگوید"));
    expect(foldTerm("كابل")).toBe(foldTerm("کابل"));
    expect(foldTerm("مَدْرَسَة")).toBe(foldTerm("مدرسه"));
    expect(foldTerm("۱۴۰۲ ١٤٠٢")).toBe("1402 1402");
    expect(foldTerm("أفغانستان")).toBe(foldTerm("افغانستان"));
  });

  it("pads with one space each side and maps every folded character back to the original", () => {
    const original = "Mazar-e Sharif";
    const folded = foldForSearch(original);
    expect(folded.text).toBe(" mazari sharif ");
    expect(folded.starts).toHaveLength(folded.text.length);
    // "mazari" is "Mazar-e"; "sharif" is "Sharif".
    expect(original.slice(folded.starts[1], folded.ends[6])).toBe("Mazar-e");
    expect(original.slice(folded.starts[8], folded.ends[13])).toBe("Sharif");
  });

  it("maps across removed zero-width non-joiners and merged letters", () => {
    const original = "او می‌گوید";
    const folded = foldForSearch(original);
    const at = folded.text.indexOf("میگوید");
    expect(original.slice(folded.starts[at], folded.ends[at + 5])).toBe("می‌گوید");
    const thabih = "Thabihullah";
    const f = foldForSearch(thabih);
    expect(f.text).toBe(" zabihulah ");
    expect(thabih.slice(f.starts[1], f.ends[1])).toBe("Th");
    expect(thabih.slice(f.starts[1], f.ends[9])).toBe("Thabihullah");
  });

  it("maps characters that NFKD splits, however many there are", () => {
    // Each ligature folds to two letters, so the folded text outgrows the original.
    const original = "ﬁ ".repeat(600);
    const folded = foldForSearch(original);
    expect(folded.text).toBe(` ${"fi ".repeat(600)}`);
    expect(folded.starts).toHaveLength(folded.text.length);
    expect(folded.ends).toHaveLength(folded.text.length);
    const last = folded.text.lastIndexOf("fi");
    expect([folded.starts[last], folded.ends[last], folded.starts[last + 1], folded.ends[last + 1]]).toEqual([1198, 1199, 1198, 1199]);
  });

  it("maps each variant rule's output to the whole run it replaced", () => {
    const spans = (original: string) => {
      const folded = foldForSearch(original);
      return [...folded.text].map((ch, i) => `${ch}=${original.slice(folded.starts[i], folded.ends[i])}`).slice(1, -1);
    };
    expect(spans("Koonduz")).toEqual(["k=K", "u=oo", "n=n", "d=d", "u=u", "z=z"]);
    expect(spans("Qessa")).toEqual(["k=Q", "i=e", "s=ss", "a=a"]);
    expect(spans("Dhee")).toEqual(["z=Dh", "i=ee"]);
    expect(spans("Mazar e Sharif").join("")).toBe("m=Ma=az=za=ar=ri=e = s=Sh=ha=ar=ri=if=f");
  });

  it("folds characters outside the Basic Multilingual Plane and lone surrogates to spaces", () => {
    const original = "a\ud800b 😀 c\udc00";
    const folded = foldForSearch(original);
    expect(folded.text).toBe(" a b c ");
    expect(original.slice(folded.starts[5], folded.ends[5])).toBe("c");
  });

  it("gives foldForSearch's maps to the caller to keep: later folds, short or long, leave them as they were", () => {
    const kept = foldForSearch("Mazar-e Sharif");
    const copy = { text: kept.text, starts: [...kept.starts], ends: [...kept.ends] };
    foldForSearch("Kunduz ".repeat(20));
    foldForSearch("Khorasan ".repeat(20_000));
    expect({ text: kept.text, starts: [...kept.starts], ends: [...kept.ends] }).toEqual(copy);
    expect(foldForSearch("Mazar-e Sharif")).toEqual(kept);
  });

  it("handles empty and punctuation-only text", () => {
    expect(foldForSearch("").text).toBe(" ");
    expect(foldForSearch(" -- ").text).toBe(" ");
  });
});
