// Turns a text and its (possibly overlapping) passages into properly nested
// pieces for highlighting. Pure: used by the source reader on server and client.

export type Passage = { id: string; start: number; end: number };

export type MarkNode =
  | { kind: "text"; start: number; end: number }
  | { kind: "mark"; passageId: string; first: boolean; depth: number; children: MarkNode[] };

/**
 * Splits [0, length) at every passage boundary and nests the marks: a passage
 * that begins inside another and ends after it is continued in a second piece
 * (`first: false`), so every piece is well nested and each passage has exactly one
 * first piece (the one that carries its id).
 */
export function markTree(length: number, passages: Passage[]): MarkNode[] {
  const valid = passages
    .filter((p) => Number.isInteger(p.start) && Number.isInteger(p.end) && p.start >= 0 && p.end <= length && p.end > p.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
  const order = new Map(valid.map((p, index) => [p.id, index]));
  const cuts = new Set<number>([0, length]);
  for (const p of valid) cuts.add(p.start).add(p.end);
  const points = [...cuts].sort((a, b) => a - b);

  const root: MarkNode[] = [];
  const stack: { passageId: string; children: MarkNode[] }[] = [];
  const opened = new Set<string>();
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = valid.filter((p) => p.start <= from && p.end >= to).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    let keep = 0;
    while (keep < stack.length && keep < covering.length && stack[keep].passageId === covering[keep].id) keep++;
    stack.length = keep;
    for (const p of covering.slice(keep)) {
      const node: MarkNode = { kind: "mark", passageId: p.id, first: !opened.has(p.id), depth: stack.length, children: [] };
      opened.add(p.id);
      (stack.length ? stack[stack.length - 1].children : root).push(node);
      stack.push({ passageId: p.id, children: node.children });
    }
    (stack.length ? stack[stack.length - 1].children : root).push({ kind: "text", start: from, end: to });
  }
  return root;
}

/**
 * Browsers turn CR LF (and a lone CR) into LF when they parse HTML, so the DOM
 * can hold a shorter string than the stored text. Maps an offset counted in the
 * DOM's text back to the stored text (UTF-16 code units either way).
 */
export function storedOffset(text: string, domOffset: number): number {
  if (!text.includes("\r")) return domOffset;
  let dom = 0;
  let index = 0;
  while (dom < domOffset && index < text.length) {
    index += text[index] === "\r" && text[index + 1] === "\n" ? 2 : 1;
    dom += 1;
  }
  return index;
}

/** The reverse of `storedOffset`. */
export function domOffset(text: string, stored: number): number {
  if (!text.includes("\r")) return stored;
  const before = text.slice(0, stored);
  return before.length - (before.match(/\r\n/g)?.length ?? 0);
}
