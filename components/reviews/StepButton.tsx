"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { FormNotice } from "../forms/FieldError";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

/** One button that runs one session step (finish, reveal, close), with its outcome announced. */
export function StepButton({ action, label, pendingLabel, hidden, secondary, confirm }: { action: Action; label: string; pendingLabel: string; hidden?: Record<string, string>; secondary?: boolean; confirm?: string }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} onSubmit={(event) => { if (confirm && !window.confirm(confirm)) event.preventDefault(); }}>
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} className={secondary ? "secondary" : undefined}>
        {pending ? pendingLabel : label}
      </button>
      <FormNotice state={state} />
    </form>
  );
}
