"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { FieldError, invalidProps } from "../forms/FieldError";
import { SubmitNotice } from "../forms/SubmitNotice";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

/** A participant's dissent from a judgment; it stays attached to the judgment. */
export function DissentForm({ action, judgmentId }: { action: Action; judgmentId: string }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const id = `d-${judgmentId}`;
  return (
    <form action={formAction} noValidate aria-label="Record a dissent">
      <input type="hidden" name="judgmentId" value={judgmentId} />
      <div className="field">
        <label htmlFor={`${id}-text`}>Your dissent</label>
        <textarea id={`${id}-text`} name="text" defaultValue={state.ok ? "" : (state.values?.text ?? "")} key={state.ok ? state.message : "draft"} {...invalidProps(state, "text", `${id}-error`)} />
        <FieldError state={state} name="text" id={`${id}-error`} />
      </div>
      <button type="submit" className="secondary" disabled={pending}>
        {pending ? "Saving…" : "Record dissent"}
      </button>
      <SubmitNotice state={state} />
    </form>
  );
}
