"use client";

import { useId, useState } from "react";
import styles from "./reader.module.css";

type Match = { start: number; end: number };

/** Every place the phrase occurs: case-insensitive, any run of white space matching any other. */
function findPhrase(text: string, phrase: string): Match[] {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+"), "gi");
  const found: Match[] = [];
  for (const match of text.matchAll(pattern)) {
    found.push({ start: match.index, end: match.index + match[0].length });
    if (found.length === 50) break;
  }
  return found;
}

/** The keyboard way to select a passage: type or paste a phrase, then choose where it occurs. */
export function QuoteFinder({ text, onPick, where }: { text: string; onPick: (start: number, end: number) => void; where: string }) {
  const id = useId();
  const [matches, setMatches] = useState<Match[] | null>(null);
  const [picked, setPicked] = useState<number | null>(null);

  const find = (data: FormData) => {
    setMatches(findPhrase(text, String(data.get("phrase") ?? "")));
    setPicked(null);
  };

  return (
    <section className={`panel ${styles.finder}`} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Select by quote</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          find(new FormData(event.currentTarget));
        }}
        role="search"
        aria-label={`Find a passage ${where}`}
      >
        <label htmlFor={`${id}-phrase`}>Phrase to quote</label>
        <div className={styles.finderRow}>
          <input id={`${id}-phrase`} name="phrase" type="search" autoComplete="off" aria-describedby={`${id}-hint`} />
          <button type="submit" className="secondary">
            Find
          </button>
        </div>
        <p className="hint muted" id={`${id}-hint`}>
          Type or paste words from the text, then choose the occurrence to quote.
        </p>
      </form>
      {matches && (
        <div role="status" className={styles.matches}>
          {matches.length === 0 ? (
            <p className="muted">Not found in this text.</p>
          ) : (
            <>
              <p className="muted">
                {matches.length === 50 ? "50 or more" : matches.length} occurrence{matches.length === 1 ? "" : "s"}:
              </p>
              <ol>
                {matches.map((m, index) => (
                  <li key={m.start}>
                    <button
                      type="button"
                      className={`secondary ${styles.matchButton}`}
                      aria-pressed={picked === index}
                      onClick={() => {
                        setPicked(index);
                        onPick(m.start, m.end);
                      }}
                    >
                      <span className="sr-only">Select occurrence {index + 1}: </span>…{text.slice(Math.max(0, m.start - 30), m.start)}
                      <strong>{text.slice(m.start, m.end)}</strong>
                      {text.slice(m.end, m.end + 30)}…
                    </button>
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      )}
    </section>
  );
}
