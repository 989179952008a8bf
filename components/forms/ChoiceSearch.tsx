"use client";

import { useId, useRef, useState, useTransition } from "react";
import type { ChoicesAnswer } from "@/app/w/[workspace]/choices-actions";
import styles from "../board.module.css";

type Props<T> = {
  /** The field it fills, e.g. "a claim by its words". */
  label: string;
  /** What is found, one and many, for the status line: ["claim", "claims"]. */
  noun: [string, string];
  search: (q: string) => Promise<ChoicesAnswer<T>>;
  /** Gets the matches; the picker shows them instead of the latest. */
  onFound: (choices: T[]) => void;
  /** The picker the matches go to: focused when something was found. */
  pickerId: string;
};

/**
 * Finds choices for a picker by their words, inside the picker's own form: the
 * field has no name (nothing of it is submitted) and Enter in it searches rather
 * than submitting the form.
 */
export function ChoiceSearch<T>({ label, noun, search, onFound, pickerId }: Props<T>) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState("");
  const [pending, startTransition] = useTransition();
  const run = () =>
    startTransition(async () => {
      const answer = await search(input.current?.value ?? "");
      if (!answer.ok) return setStatus(answer.message);
      onFound(answer.choices);
      const n = answer.choices.length;
      setStatus(n === 0 ? `No ${noun[1]} have all these words.` : n === 1 ? `1 ${noun[0]} found; the list below now shows it.` : `${n} ${noun[1]} found; the list below now shows them.`);
      if (answer.choices.length) document.getElementById(pickerId)?.focus();
    });
  return (
    <div className={`field ${styles.choiceSearch}`} role="search" aria-label={`Find ${noun[1]}`}>
      <label htmlFor={`${id}-q`}>Find {label}</label>
      <div className={styles.choiceSearchRow}>
        <input
          id={`${id}-q`}
          ref={input}
          type="search"
          aria-describedby={`${id}-status`}
          onKeyDown={(event) => {
            if (event.key !== "Enter") return;
            event.preventDefault();
            run();
          }}
        />
        <button type="button" className="secondary" onClick={run} disabled={pending}>
          {pending ? "Finding…" : "Find"}
        </button>
      </div>
      {/* Announced, but not a role="status": the form's own notice is its status. */}
      <p id={`${id}-status`} aria-live="polite" className="hint">
        {status}
      </p>
    </div>
  );
}
