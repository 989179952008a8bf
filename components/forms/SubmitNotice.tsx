import type { FormState } from "@/lib/actions/form-state";

/**
 * The overall result of a submission. When fields are at fault their own errors
 * (next to them) say what is wrong, so the notice only points there.
 */
export function SubmitNotice({ state }: { state: FormState }) {
  if (!state.message) return null;
  const faultyFields = Object.keys(state.fields).filter((key) => key !== "_").length;
  const text = !state.ok && faultyFields ? "Not saved — correct the marked fields." : state.message;
  return (
    <p className={`notice ${state.ok ? "ok" : "error"}`} role={state.ok ? "status" : "alert"}>
      {text}
    </p>
  );
}
