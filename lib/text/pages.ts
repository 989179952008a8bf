/**
 * The reader shows a long text a page at a time: rendering a 140,000-character
 * source with its 200 marks cost ~80 ms of server CPU per view and 700 kB of HTML
 * (bench/RESULTS.md, "Pages under load"). Pages are cut from the text alone, so a
 * page number means the same place for everyone until the text is corrected.
 */

/** Characters a page holds at most (about seven printed pages). */
export const PAGE_CHARS = 20_000;

export type TextPage = { number: number; start: number; end: number };

// Where a page may end, best first: a paragraph, a line, a sentence, a word.
const BREAKS = ["\n\n", "\n", ". ", " "];

/**
 * The offset a page starting at `from` ends at, at most `limit`: after the last
 * break of the best kind found in the second half of the page; a hard cut (never
 * inside a surrogate pair) when there is none.
 */
function pageEnd(text: string, from: number, limit: number): number {
  const floor = from + Math.floor((limit - from) / 2);
  for (const mark of BREAKS) {
    const at = text.lastIndexOf(mark, limit - mark.length);
    if (at >= floor) return at + mark.length;
  }
  const code = text.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit;
}

/** The pages of `text`: consecutive, covering it all; one (possibly empty) page for a short text. */
export function textPages(text: string, size = PAGE_CHARS): TextPage[] {
  const pages: TextPage[] = [];
  let start = 0;
  do {
    const end = text.length - start <= size ? text.length : pageEnd(text, start, start + size);
    pages.push({ number: pages.length + 1, start, end });
    start = end;
  } while (start < text.length);
  return pages;
}

/** The page holding character `offset` (the last page for an offset at or past the end). */
export function pageAt(pages: TextPage[], offset: number): TextPage {
  return pages.find((p) => offset < p.end) ?? pages[pages.length - 1];
}

/** Link to a passage in the reader: the server opens the page holding it, the browser scrolls to it. */
export function passageHref(slug: string, sourceId: string, excerptId: string): string {
  return `/w/${slug}/sources/${sourceId}?passage=${encodeURIComponent(excerptId)}#excerpt-${excerptId}`;
}
