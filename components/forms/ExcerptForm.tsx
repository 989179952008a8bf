"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import type { ChoicesAnswer } from "@/app/w/[workspace]/choices-actions";
import type { FormState } from "@/lib/actions/form-state";
import { ChoiceSearch } from "./ChoiceSearch";
import { FieldError, invalidProps } from "./FieldError";
import { FormLinkNotice } from "./FormLinkNotice";
import { emptyFormState, exactly, formKey, type LinkedFormState } from "./form-types";
import styles from "../reader.module.css";

export type ClaimOption = { id: string; statement: string };
type Selection = { start: number; end: number; exact: string };
type Props = {
  workspace: string;
  selection: Selection | null;
  textSha256: string;
  claims: ClaimOption[];
  searchClaims: (q: string) => Promise<ChoicesAnswer<ClaimOption>>;
  action: (state: FormState, data: FormData) => Promise<LinkedFormState>;
  onSaved: () => void;
};

/** "Quote this passage": saves the selected words as an excerpt and links it to a claim. */
export function ExcerptForm({ selection, textSha256, claims: latest, searchClaims, action, onSaved }: Props) {
  const [claims, setClaims] = useState(latest);
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const [link, setLink] = useState("evidence");
  const saved = useRef(onSaved);
  saved.current = onSaved;
  // Once per result, not on every render: a later selection must survive.
  useEffect(() => {
    if (state.ok) saved.current();
  }, [state]);
  const err = (name: string) => invalidProps(state, name, `excerpt-${name}-error`);

  return (
    <section className={`panel ${styles.quotePanel}`} aria-labelledby="quote-heading">
      <h2 id="quote-heading" tabIndex={-1}>
        Quote this passage
      </h2>
      <FormLinkNotice state={state} />
      {!selection ? (
        <p className="muted">Select words in the text with the mouse, or find them by quote above.</p>
      ) : (
        <form action={formAction} key={formKey(state)}>
          <blockquote className="quote" aria-label="Selected passage" data-testid="selected-quote">
            {selection.exact}
            <cite>
              characters {selection.start}–{selection.end} ({selection.end - selection.start} long)
            </cite>
          </blockquote>
          <FieldError state={state} name="exact" id="excerpt-exact-error" />
          <FieldError state={state} name="end" id="excerpt-end-error" />
          <input type="hidden" name="start" value={selection.start} />
          <input type="hidden" name="end" value={selection.end} />
          <input type="hidden" name="exactJson" value={exactly(selection.exact)} />
          <input type="hidden" name="textSha256" value={textSha256} />
          <fieldset className={styles.linkChoice}>
            <legend>Link it to a claim</legend>
            {[
              ["evidence", "As evidence for or against a claim"],
              ["appearance", "As where a claim appears"],
              ["none", "Not yet: only save the passage"],
            ].map(([value, label]) => (
              <label key={value} className={styles.radio}>
                <input type="radio" name="link" value={value} checked={link === value} onChange={() => setLink(value)} /> {label}
              </label>
            ))}
          </fieldset>
          {link !== "none" && <ChoiceSearch label="a claim by its words" noun={["claim", "claims"]} search={searchClaims} onFound={setClaims} pickerId="excerpt-claim" />}
          {link !== "none" && (
            <div className="field">
              <label htmlFor="excerpt-claim">Claim</label>
              <select id="excerpt-claim" name="claimId" required defaultValue={state.values?.claimId ?? ""} {...err("claimId")}>
                <option value="" disabled>
                  Choose a claim…
                </option>
                {claims.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.statement.length > 110 ? `${c.statement.slice(0, 110)}…` : c.statement}
                  </option>
                ))}
              </select>
              <FieldError state={state} name="claimId" id="excerpt-claimId-error" />
            </div>
          )}
          {link === "evidence" && (
            <div className="field">
              <label htmlFor="excerpt-stance">Stance</label>
              <select id="excerpt-stance" name="stance" defaultValue={state.values?.stance ?? "SUPPORTS"} {...err("stance")}>
                <option value="SUPPORTS">Supports the claim</option>
                <option value="CONTRADICTS">Contradicts the claim</option>
                <option value="CONTEXT">Context only</option>
              </select>
              <FieldError state={state} name="stance" id="excerpt-stance-error" />
            </div>
          )}
          <div className="field">
            <label htmlFor="excerpt-note">Note</label>
            <textarea id="excerpt-note" name="note" rows={2} defaultValue={state.ok ? "" : state.values?.note} {...err("note")} />
            <FieldError state={state} name="note" id="excerpt-note-error" />
          </div>
          <button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save excerpt"}
          </button>
        </form>
      )}
    </section>
  );
}
