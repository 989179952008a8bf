import type { FormState } from "@/lib/actions/form-state";

/** The error for one field, linked to its input through `id` (use with aria-describedby). */
export function FieldError({ state, name, id }: { state: FormState; name: string; id: string }) {
  const messages = state.fields[name];
  if (!messages?.length) return null;
  return (
    <p className="field-error" id={id}>
      {messages.join("; ")}
    </p>
  );
}

/** The overall result of a form submission, announced to screen readers. */
export function FormNotice({ state }: { state: FormState }) {
  if (!state.message) return null;
  return (
    <p className={`notice ${state.ok ? "ok" : "error"}`} role={state.ok ? "status" : "alert"}>
      {state.message}
    </p>
  );
}

export function invalidProps(state: FormState, name: string, errorId: string) {
  return state.fields[name]?.length ? { "aria-invalid": true, "aria-describedby": errorId } : {};
}
