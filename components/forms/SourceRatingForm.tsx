"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { sourceReliability } from "@/lib/ratings/scales";
import { FieldError, invalidProps } from "./FieldError";
import { FormLinkNotice } from "./FormLinkNotice";
import { emptyFormState, formKey } from "./form-types";
import styles from "../source.module.css";

type Props = { action: (state: FormState, data: FormData) => Promise<FormState>; mine: { id: string; value: string } | null };

/** Rate the source's reliability; changing an earlier grade asks why. */
export function SourceRatingForm({ action, mine }: Props) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  return (
    <form action={formAction} key={`${mine?.value ?? "new"}-${formKey(state)}`} aria-labelledby="rate-heading">
      <h3 id="rate-heading">{mine ? `Change your rating (now ${mine.value})` : "Your rating"}</h3>
      <FormLinkNotice state={state} />
      {/* The grade this form shows: a change made meanwhile elsewhere is refused, not overwritten. */}
      <input type="hidden" name="replaces" value={mine?.id ?? ""} />
      <fieldset className={styles.scale} {...invalidProps(state, "value", "rate-value-error")}>
        <legend>Reliability</legend>
        {sourceReliability.map((option) => (
          <label key={option.value} className={styles.scaleOption}>
            <input type="radio" name="value" value={option.value} required defaultChecked={(state.values?.value ?? mine?.value) === option.value} />
            <b>{option.value}</b> {option.label}
          </label>
        ))}
        <FieldError state={state} name="value" id="rate-value-error" />
      </fieldset>
      <div className="field">
        <label htmlFor="rate-rationale">Rationale</label>
        <textarea id="rate-rationale" name="rationale" required rows={3} defaultValue={state.values?.rationale} {...invalidProps(state, "rationale", "rate-rationale-error")} />
        <FieldError state={state} name="rationale" id="rate-rationale-error" />
      </div>
      {mine && (
        <div className="field">
          <label htmlFor="rate-change">Why did your rating change?</label>
          <textarea id="rate-change" name="changeReason" required rows={2} defaultValue={state.values?.changeReason} {...invalidProps(state, "changeReason", "rate-change-error")} />
          <FieldError state={state} name="changeReason" id="rate-change-error" />
        </div>
      )}
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : mine ? "Change rating" : "Rate source"}
      </button>
    </form>
  );
}
