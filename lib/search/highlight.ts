import { foldForHighlight, type Folded } from "./fold";
import { termPattern, wholeWordsOnly, type SearchTerm } from "./query";
import { runSimilarities } from "./trigrams";

/** A run of the original text; `hit` runs are the matched words. */
export type Segment = { text: string; hit: boolean };
type Range = { start: number; end: number };

// A word counts as a typo of a term at this trigram similarity (pg_trgm's `similarity`).
const FUZZY_WORD_SIMILARITY = 0.45;

/** Original-text range of folded characters [from, to). */
function originalRange(folded: Folded, from: number, to: number): Range {
  return { start: folded.starts[from], end: folded.ends[to - 1] };
}

function literalRanges(folded: Folded, alternative: string): Range[] {
  const ranges: Range[] = [];
  const pattern = termPattern(alternative);
  let at = folded.text.indexOf(pattern);
  while (at >= 0) {
    const from = at + 1;
    // A prefix match highlights the whole word ("attack" marks "attacks").
    let to = from + alternative.length;
    while (to < folded.text.length && folded.text[to] !== " ") to += 1;
    ranges.push(originalRange(folded, from, to));
    at = folded.text.indexOf(pattern, at + 1);
  }
  return ranges;
}

/** Runs of `count` consecutive words whose trigram similarity to the alternative is high enough. */
function fuzzyRanges(folded: Folded, alternative: string): Range[] {
  const count = alternative.split(" ").length;
  const words: { from: number; to: number }[] = [];
  for (const match of folded.text.matchAll(/[^ ]+/g)) words.push({ from: match.index, to: match.index + match[0].length });
  const similarities = runSimilarities(words.map((w) => folded.text.slice(w.from, w.to)), alternative, count);
  const ranges: Range[] = [];
  similarities.forEach((similarity, i) => {
    if (similarity >= FUZZY_WORD_SIMILARITY) ranges.push(originalRange(folded, words[i].from, words[i + count - 1].to));
  });
  return ranges;
}

/** Where the terms occur in `original`: literal (alias, variant) matches, else near matches (typos). */
export function matchRanges(original: string, terms: SearchTerm[]): Range[] {
  // Read here and in the helpers it calls, before any other fold reuses its arrays.
  const folded = foldForHighlight(original);
  const ranges: Range[] = [];
  for (const term of terms) {
    const literal = term.alternatives.flatMap((alt) => literalRanges(folded, alt));
    ranges.push(...(literal.length ? literal : term.alternatives.filter((alt) => !wholeWordsOnly(alt)).flatMap((alt) => fuzzyRanges(folded, alt))));
  }
  return mergeRanges(ranges);
}

export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** The whole text, split into hit and plain runs. */
export function highlightAll(original: string, terms: SearchTerm[]): Segment[] {
  return segmentsOf(original, 0, original.length, matchRanges(original, terms));
}

/**
 * A window of about `width` characters around the first match, cut at spaces,
 * with "…" where text was left out; the text's start when nothing matched.
 */
export function snippet(original: string, terms: SearchTerm[], width = 240): Segment[] {
  return snippetAround(original, matchRanges(original, terms), width);
}

/** The same, for ranges already found (matchRanges). */
export function snippetAround(original: string, ranges: Range[], width = 240): Segment[] {
  const first = ranges[0] ?? { start: 0, end: 0 };
  let start = Math.max(0, first.start - Math.floor(width / 4));
  let end = Math.min(original.length, start + width);
  if (start > 0) {
    const space = original.indexOf(" ", start);
    start = space >= 0 && space < first.start ? space + 1 : start;
  }
  if (end < original.length) {
    const space = original.lastIndexOf(" ", end);
    end = space > first.end ? space : Math.max(end, first.end);
  }
  const segments = segmentsOf(original, start, end, ranges);
  if (start > 0) segments.unshift({ text: "…", hit: false });
  if (end < original.length) segments.push({ text: "…", hit: false });
  return segments;
}

function segmentsOf(original: string, start: number, end: number, ranges: Range[]): Segment[] {
  const segments: Segment[] = [];
  let at = start;
  for (const r of ranges) {
    if (r.end <= start || r.start >= end) continue;
    const from = Math.max(r.start, start);
    const to = Math.min(r.end, end);
    if (from > at) segments.push({ text: original.slice(at, from), hit: false });
    segments.push({ text: original.slice(from, to), hit: true });
    at = to;
  }
  if (at < end) segments.push({ text: original.slice(at, end), hit: false });
  return segments;
}
