"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ChoicesAnswer } from "@/app/w/[workspace]/choices-actions";
import type { FormState } from "@/lib/actions/form-state";
import { domOffset, storedOffset } from "@/lib/text/marks";
import { ExcerptCitations, type ReaderExcerpt } from "./ExcerptCitations";
import { ExcerptForm, type ClaimOption } from "./forms/ExcerptForm";
import { QuoteFinder } from "./QuoteFinder";
import { SourceText } from "./SourceText";
import { rangeOffsets, selectOffsets } from "./text-selection";
import styles from "./reader.module.css";
import { anchorLabel } from "./sources/anchor-words";

export type { ReaderExcerpt };
export type QuoteSelection = { start: number; end: number; exact: string };

type Props = {
  workspace: string;
  title: string;
  /** The text shown: the whole source, or one page of it starting at `offset`. */
  text: string;
  offset: number;
  page: { number: number; count: number } | null;
  textSha256: string;
  excerpts: ReaderExcerpt[];
  claims: ClaimOption[] | null; // null: the caller may not create excerpts
  searchClaims: (q: string) => Promise<ChoicesAnswer<ClaimOption>>;
  saveExcerpt: (state: FormState, data: FormData) => Promise<FormState>;
};

/** Reads a source with its highlighted passages; editors quote new passages from it. */
export function SourceReader({ workspace, title, text, offset, page, textSha256, excerpts, claims, searchClaims, saveExcerpt }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<QuoteSelection | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  // Excerpts keep their offsets in the whole text; their marks are placed in the page (cut at its edges).
  const passages = useMemo(
    () => excerpts.map(({ id, start, end }) => ({ id, start: Math.max(start - offset, 0), end: Math.min(end - offset, text.length) })),
    [excerpts, offset, text.length],
  );
  const labels = useMemo(() => Object.fromEntries(excerpts.map((e) => [e.id, citedLabel(e)])), [excerpts]);

  const choose = useCallback(
    (start: number, end: number) => {
      // Quote whole words, not the white space a double-click or drag picks up.
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      setSelection(end > start ? { start: start + offset, end: end + offset, exact: text.slice(start, end) } : null);
    },
    [text, offset],
  );

  useEffect(() => {
    if (!claims) return;
    const onChange = () => {
      const current = document.getSelection();
      if (!current || !container.current || current.rangeCount === 0 || current.isCollapsed) return;
      const dom = rangeOffsets(container.current, current.getRangeAt(0));
      if (dom) choose(storedOffset(text, dom.start), storedOffset(text, dom.end));
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [claims, choose, text]);

  const pick = (start: number, end: number) => {
    if (container.current) selectOffsets(container.current, domOffset(text, start), domOffset(text, end));
    choose(start, end);
    // Keyboard users go on to the form that quotes the passage.
    requestAnimationFrame(() => document.getElementById("quote-heading")?.focus());
  };

  const activate = (target: EventTarget) => {
    const mark = (target as HTMLElement).closest?.("mark[data-excerpt]");
    if (mark && document.getSelection()?.isCollapsed !== false) setActiveId(mark.getAttribute("data-excerpt"));
  };

  return (
    <div className={styles.layout}>
      <div
        ref={container}
        className={styles.text}
        role="document"
        dir="auto"
        aria-label={`Text of “${title}”${page ? `, page ${page.number} of ${page.count}` : ""}`}
        tabIndex={0}
        onClick={(event) => activate(event.target)}
        onFocus={(event) => event.target !== container.current && activate(event.target)}
        onKeyDown={(event) => (event.key === "Enter" || event.key === " ") && event.target !== container.current && (event.preventDefault(), activate(event.target))}
      >
        <SourceText text={text} passages={passages} activeId={activeId} labels={labels} />
      </div>
      <aside className={styles.aside} aria-label="Passages">
        <ExcerptCitations workspace={workspace} excerpt={excerpts.find((e) => e.id === activeId) ?? null} count={excerpts.length} where={page ? "on this page" : ""} />
        {claims && (
          <ExcerptForm
            workspace={workspace}
            selection={selection}
            textSha256={textSha256}
            claims={claims}
            searchClaims={searchClaims}
            action={saveExcerpt}
            onSaved={() => {
              setSelection(null);
              document.getSelection()?.removeAllRanges();
            }}
          />
        )}
        {claims && <QuoteFinder text={text} onPick={pick} where={page ? "on this page" : "in this text"} />}
      </aside>
    </div>
  );
}

function citedLabel(excerpt: ReaderExcerpt): string {
  const n = excerpt.citations.length;
  const cited = n === 0 ? "Excerpt, not yet cited by a claim" : `Excerpt cited by ${n} claim link${n === 1 ? "" : "s"} — press Enter to see them`;
  // A passage a correction moved or only approximately re-found says so (with its score).
  const anchor = excerpt.anchor;
  return anchor && (anchor.anchorStatus === "FUZZY" || anchor.anchorStatus === "MOVED") ? `${anchorLabel(anchor.anchorStatus, anchor.anchorScore)} after a correction. ${cited}` : cited;
}
