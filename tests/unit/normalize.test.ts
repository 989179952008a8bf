import { describe, expect, it } from "vitest";
import { normalizeName } from "../../lib/text/normalize";

const same = (...names: string[]) => new Set(names.map(normalizeName)).size === 1;

describe("normalizeName", () => {
  it("folds the spellings of ISKP and of IS-K, keeping the two aliases apart", () => {
    expect(normalizeName("ISKP")).toBe("iskp");
    expect(same("ISKP", "iskp", " ISKP ", "ＩＳＫＰ")).toBe(true);
    expect(normalizeName("IS-K")).toBe("is k");
    // hyphen, en dash, non-breaking hyphen, space, full-width forms, stray spacing
    expect(same("IS-K", "is-k", "IS–K", "IS\u2011K", "IS K", "ＩＳ－Ｋ", "  IS -  K ")).toBe(true);
    expect(same("ISKP", "IS-K")).toBe(false);
    expect(normalizeName("Islamic State – Khorasan Province (ISKP)")).toBe("islamic state khorasan province iskp");
  });

  it("ignores case and Latin diacritics", () => {
    expect(normalizeName("DAESH")).toBe("daesh");
    expect(normalizeName("Khorāsān")).toBe("khorasan");
    expect(same("Zabihullah Mujahid", "ZABIHULLAH  MUJAHID", "zabihullah-mujahid")).toBe(true);
  });

  it("treats Persian written with or without the zero-width non-joiner as one name", () => {
    expect(normalizeName("ذبیح‌الله")).toBe("ذبیحالله");
    expect(same("ذبیح‌الله مجاهد", "ذبیحالله مجاهد")).toBe(true);
    expect(same("ولسوالی‌ها", "ولسوالیها")).toBe(true);
    expect(same("داعش\u200d", "داعش", "\u200fداعش\u200e")).toBe(true);
  });

  it("matches the Arabic ي and ك with the Persian ی and ک", () => {
    expect(normalizeName("دولت اسلامي")).toBe("دولت اسلامی");
    expect(same("دولت اسلامي ولايت خراسان", "دولت اسلامی ولایت خراسان")).toBe(true);
    expect(same("كابل", "کابل")).toBe(true);
    expect(same("مصطفى", "مصطفی")).toBe(true); // alef maksura
    expect(same("جبهة", "جبهه")).toBe(true); // teh marbuta
    expect(same("ﻛﺎﺑﻞ", "کابل")).toBe(true); // presentation forms
  });

  it("drops Arabic vowel marks and the tatweel", () => {
    expect(same("داعِش", "داعش", "داعـــش", "دَاعِشْ")).toBe(true);
  });

  it("keeps different names different", () => {
    expect(same("Taliban", "Talib")).toBe(false);
    expect(same("داعش", "طالبان")).toBe(false);
    expect(normalizeName(" -- ")).toBe("");
  });
});
