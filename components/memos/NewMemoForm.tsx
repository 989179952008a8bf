"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { citationStyles } from "@/lib/citations/styles-list";
import { FieldError, invalidProps } from "../forms/FieldError";
import { SubmitNotice } from "../forms/SubmitNotice";
import styles from "./memo.module.css";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

/** Starts a memo from a title, the disputes it covers and a citation style; the builder does the rest. */
export function NewMemoForm({ action, disputes }: { action: Action; disputes: { id: string; proposition: string }[] }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate aria-label="New memo">
      <SubmitNotice state={state} />
      <div className="field">
        <label htmlFor="new-memo-title">Title</label>
        <input id="new-memo-title" name="title" required defaultValue={state.values?.title ?? ""} {...invalidProps(state, "title", "new-memo-title-error")} />
        <FieldError state={state} name="title" id="new-memo-title-error" />
      </div>
      <fieldset className={styles.choices}>
        <legend>Disputes to cover</legend>
        {disputes.map((d) => (
          <label key={d.id} className={styles.choice}>
            <input type="checkbox" name="disputeIds" value={d.id} /> {d.proposition}
          </label>
        ))}
        <FieldError state={state} name="disputeIds" id="new-memo-disputes-error" />
      </fieldset>
      <div className="field">
        <label htmlFor="new-memo-style">Citation style</label>
        <select id="new-memo-style" name="citationStyle" defaultValue="chicago-note-bibliography">
          {citationStyles.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create memo"}
      </button>
    </form>
  );
}
