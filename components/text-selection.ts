// DOM helpers for the source reader: offsets of a Range within a text container
// and back. Offsets count UTF-16 code units of the container's text, as the DOM does.

/** [start, end) of `range` within `container`'s text, or null if it leaves the container. */
export function rangeOffsets(container: HTMLElement, range: Range): { start: number; end: number } | null {
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  // Marks split the text into many nodes: measure from the container's start instead of walking them.
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

/** A Range over [start, end) of `container`'s text. */
export function rangeAt(container: HTMLElement, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0;
  let startSet = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (!startSet && start < seen + length) {
      range.setStart(node, start - seen);
      startSet = true;
    }
    if (startSet && end <= seen + length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += length;
  }
  return null;
}

/** Replaces the document selection with [start, end) of the container and scrolls to it. */
export function selectOffsets(container: HTMLElement, start: number, end: number) {
  const range = rangeAt(container, start, end);
  const selection = document.getSelection();
  if (!range || !selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
  const node = range.startContainer.parentElement;
  node?.scrollIntoView({ block: "center", behavior: "smooth" });
}
