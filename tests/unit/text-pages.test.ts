// Splitting a long source into reader pages: covering, breaking at paragraphs,
// lines, sentences or words, and finding the page that holds an offset.
import { describe, expect, it } from "vitest";
import { pageAt, passageHref, textPages } from "../../lib/text/pages";

const covers = (text: string, pages: { start: number; end: number }[]) =>
  pages.every((p, i) => p.end > p.start && (i === 0 ? p.start === 0 : p.start === pages[i - 1].end)) && pages[pages.length - 1].end === text.length;

describe("textPages", () => {
  it("keeps a short text on one page, and an empty one on one empty page", () => {
    expect(textPages("A short report.", 100)).toEqual([{ number: 1, start: 0, end: 15 }]);
    expect(textPages("", 100)).toEqual([{ number: 1, start: 0, end: 0 }]);
  });

  it("ends pages after a paragraph when there is one in the page's second half", () => {
    const paragraph = `${"word ".repeat(15)}end.\n\n`; // 81 characters
    const text = paragraph.repeat(10);
    const pages = textPages(text, 200);
    expect(covers(text, pages)).toBe(true);
    for (const p of pages.slice(0, -1)) expect(text.slice(p.end - 2, p.end)).toBe("\n\n");
    expect(pages.every((p) => p.end - p.start <= 200)).toBe(true);
  });

  it("falls back to sentences, then words, then a cut that keeps surrogate pairs whole", () => {
    const sentences = "Attack reported. ".repeat(30);
    for (const p of textPages(sentences, 100).slice(0, -1)) expect(sentences.slice(p.end - 2, p.end)).toBe(". ");
    const words = "ISKP ".repeat(60);
    for (const p of textPages(words, 100).slice(0, -1)) expect(words[p.end - 1]).toBe(" ");
    const emoji = "😀".repeat(100); // no break at all; 200 UTF-16 units
    const pages = textPages(emoji, 51);
    expect(covers(emoji, pages)).toBe(true);
    expect(pages.every((p) => p.start % 2 === 0)).toBe(true);
  });

  it("finds the page that holds an offset", () => {
    const text = "One two three four five six. ".repeat(20);
    const pages = textPages(text, 100);
    expect(pageAt(pages, 0).number).toBe(1);
    expect(pageAt(pages, pages[1].start).number).toBe(2);
    expect(pageAt(pages, pages[1].start - 1).number).toBe(1);
    expect(pageAt(pages, text.length).number).toBe(pages.length);
  });

  it("links to a passage by id, so the reader can open its page", () => {
    expect(passageHref("demo", "src1", "ex1")).toBe("/w/demo/sources/src1?passage=ex1#excerpt-ex1");
  });
});
