"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { FieldError, invalidProps } from "../forms/FieldError";
import { SubmitNotice } from "../forms/SubmitNotice";
import styles from "./reviews.module.css";

type Action = (state: FormState, data: FormData) => Promise<FormState>;
type Option = { id: string; label: string; hint?: string };

/** Title, agenda (disputes and claims) and the members invited to rate. */
export function NewSessionForm({ action, disputes, claims, members }: { action: Action; disputes: Option[]; claims: Option[]; members: Option[] }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const picker = (legend: string, name: string, options: Option[], errorKey: string) => (
    <fieldset className={styles.picker} aria-describedby={state.fields[errorKey] ? `ns-${errorKey}-error` : undefined}>
      <legend>{legend}</legend>
      {options.length === 0 && <p className="empty">None yet.</p>}
      {options.map((o) => (
        <label key={o.id} className={styles.option}>
          <input type="checkbox" name={name} value={o.id} />
          <span>
            {o.label}
            {o.hint && <span className={styles.who}>{o.hint}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
  return (
    <form action={formAction} noValidate aria-label="New review session">
      <div className="field">
        <label htmlFor="ns-title">Title</label>
        <input id="ns-title" name="title" defaultValue={state.values?.title ?? ""} {...invalidProps(state, "title", "ns-title-error")} />
        <FieldError state={state} name="title" id="ns-title-error" />
      </div>
      {picker("Agenda: disputes", "disputeIds", disputes, "agenda")}
      {picker("Agenda: claims", "claimIds", claims, "agenda")}
      <FieldError state={state} name="agenda" id="ns-agenda-error" />
      {picker("Participants (you take part as facilitator)", "participantIds", members, "participantIds")}
      <FieldError state={state} name="participantIds" id="ns-participantIds-error" />
      <button type="submit" disabled={pending}>
        {pending ? "Opening…" : "Open session"}
      </button>
      <SubmitNotice state={state} />
    </form>
  );
}
