"use client";

import { useActionState, useState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { scaleLabel, scales, type ScaleName } from "@/lib/ratings/scales";
import styles from "../board.module.css";
import { FieldError, invalidProps } from "./FieldError";
import { SubmitNotice } from "./SubmitNotice";

export type MyRatings = Partial<Record<ScaleName, { id: string; value: string; rationale: string }>>;
type Action = (state: FormState, data: FormData) => Promise<FormState>;

const claimScales: { scale: ScaleName; label: string }[] = [
  { scale: "INFO_CREDIBILITY", label: "Information credibility (1–6)" },
  { scale: "LIKELIHOOD", label: "Likelihood (ICD 203)" },
  { scale: "CONFIDENCE", label: "Confidence in the evidence" },
];

const optionText = (scale: ScaleName, value: string, label: string) => (scale === "INFO_CREDIBILITY" ? `${value} — ${label}` : label);

/** Rates a claim on one scale at a time; a change of mind needs a reason. */
export function RatingForm({ action, claimId, mine, claimLabel }: { action: Action; claimId: string; mine: MyRatings; claimLabel: string }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const [scale, setScale] = useState<ScaleName>("INFO_CREDIBILITY");
  const current = mine[scale];
  const id = (name: string) => `rate-${claimId}-${name}`;
  const retry = !state.ok && state.values?.scale === scale ? state.values : undefined;
  const checked = retry?.value ?? current?.value;

  return (
    <form action={formAction} noValidate aria-label={`Rate: ${claimLabel}`} className={styles.compact}>
      <input type="hidden" name="claimId" value={claimId} />
      {/* The rating this form shows: a change made meanwhile elsewhere is refused, not overwritten. */}
      <input type="hidden" name="replaces" value={current?.id ?? ""} />
      <div className="field">
        <label htmlFor={id("scale")}>Scale</label>
        <select id={id("scale")} name="scale" value={scale} onChange={(event) => setScale(event.target.value as ScaleName)}>
          {claimScales.map((s) => (
            <option key={s.scale} value={s.scale}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      {current && (
        <p className={styles.current}>
          Your current rating: <strong>{optionText(scale, current.value, scaleLabel(scale, current.value))}</strong>
        </p>
      )}
      <fieldset className={styles.scaleOptions} aria-describedby={state.fields.value ? id("value-error") : undefined} key={scale}>
        <legend>{scales[scale].name}</legend>
        <div className={styles.optionGrid}>
          {scales[scale].options.map((option) => (
            <label key={option.value} className={styles.option}>
              <input type="radio" name="value" value={option.value} defaultChecked={checked === option.value} required aria-invalid={state.fields.value ? true : undefined} />
              {optionText(scale, option.value, option.label)}
            </label>
          ))}
        </div>
        {/* "is required" says it all; the list of allowed codes would only repeat the options. */}
        <FieldError state={{ ...state, fields: { value: state.fields.value?.slice(0, 1) ?? [] } }} name="value" id={id("value-error")} />
      </fieldset>
      <div className="field">
        <label htmlFor={id("rationale")}>Rationale</label>
        <textarea id={id("rationale")} name="rationale" required defaultValue={retry?.rationale ?? ""} key={`${scale}-r`} {...invalidProps(state, "rationale", id("rationale-error"))} />
        <FieldError state={state} name="rationale" id={id("rationale-error")} />
      </div>
      {current && (
        <div className="field">
          <label htmlFor={id("changeReason")}>Why did you change it?</label>
          <textarea id={id("changeReason")} name="changeReason" required defaultValue={retry?.changeReason ?? ""} key={`${scale}-c`} {...invalidProps(state, "changeReason", id("changeReason-error"))} />
          <FieldError state={state} name="changeReason" id={id("changeReason-error")} />
        </div>
      )}
      <FieldError state={state} name="claimId" id={id("claim-error")} />
      <div className={styles.formActions}>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : current ? "Change rating" : "Save rating"}
        </button>
      </div>
      <SubmitNotice state={state} />
    </form>
  );
}
