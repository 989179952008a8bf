import type { LinkedFormState } from "./form-types";

/**
 * The overall result of a form, with a link when the result points somewhere.
 * Field errors are shown next to their fields, so the notice only points to them.
 */
export function FormLinkNotice({ state }: { state: LinkedFormState }) {
  if (!state.message) return null;
  const fieldCount = Object.keys(state.fields).filter((key) => key !== "_").length;
  const message = !state.ok && fieldCount > 0 ? `Please correct the ${fieldCount === 1 ? "marked field" : `${fieldCount} marked fields`}.` : state.message;
  return (
    <p className={`notice ${state.ok ? "ok" : "error"}`} role={state.ok ? "status" : "alert"}>
      {message}
      {state.fields._ && ` ${state.fields._.join("; ")}`}
      {state.link && (
        <>
          {" "}
          <a href={state.link.href}>{state.link.label}</a>
        </>
      )}
    </p>
  );
}
