"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { confidence, likelihood } from "@/lib/ratings/scales";
import { mixesLikelihoodAndConfidence } from "@/lib/reviews/session-scales";
import { FieldError, invalidProps } from "../forms/FieldError";
import { useTypedValue } from "../forms/use-typed-value";
import { SubmitNotice } from "../forms/SubmitNotice";
import { ScaleOptions } from "../forms/ScaleOptions";
import styles from "./reviews.module.css";

type Action = (state: FormState, data: FormData) => Promise<FormState>;
type Existing = { statement: string; likelihood: string; confidence: string; rationale: string; whatWouldChange: string; version: number };

/** The facilitator's judgment on a revealed item (ICD 203: likelihood and confidence kept apart). */
export function JudgmentForm({ action, itemId, existing }: { action: Action; itemId: string; existing?: Existing }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const retry = !state.ok ? state.values : undefined;
  const [statement, statementField] = useTypedValue<HTMLTextAreaElement>(retry?.statement ?? existing?.statement ?? "");
  const id = (name: string) => `j-${itemId}-${name}`;
  const mixed = mixesLikelihoodAndConfidence(statement);
  return (
    <form action={formAction} noValidate aria-label={existing ? "Revise the judgment" : "Record the judgment"}>
      <input type="hidden" name="itemId" value={itemId} />
      {existing && <input type="hidden" name="version" value={existing.version} />}
      <div className="field">
        <label htmlFor={id("statement")}>Judgment statement</label>
        <textarea id={id("statement")} name="statement" {...statementField} {...invalidProps(state, "statement", id("statement-error"))} />
        <FieldError state={state} name="statement" id={id("statement-error")} />
        {mixed && (
          <p className={styles.warn} role="note">
            ICD 203 advises against putting a likelihood term and a confidence level in the same sentence. Give the likelihood and confidence below instead.
          </p>
        )}
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor={id("likelihood")}>Likelihood</label>
          <select id={id("likelihood")} name="likelihood" defaultValue={retry?.likelihood ?? existing?.likelihood ?? ""} {...invalidProps(state, "likelihood", id("likelihood-error"))}>
            <ScaleOptions scale={likelihood} />
          </select>
          <FieldError state={state} name="likelihood" id={id("likelihood-error")} />
        </div>
        <div className="field">
          <label htmlFor={id("confidence")}>Confidence</label>
          <select id={id("confidence")} name="confidence" defaultValue={retry?.confidence ?? existing?.confidence ?? ""} {...invalidProps(state, "confidence", id("confidence-error"))}>
            <ScaleOptions scale={confidence} />
          </select>
          <FieldError state={state} name="confidence" id={id("confidence-error")} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={id("rationale")}>Rationale</label>
        <textarea id={id("rationale")} name="rationale" defaultValue={retry?.rationale ?? existing?.rationale ?? ""} {...invalidProps(state, "rationale", id("rationale-error"))} />
        <FieldError state={state} name="rationale" id={id("rationale-error")} />
      </div>
      <div className="field">
        <label htmlFor={id("change")}>What would change this judgment</label>
        <textarea id={id("change")} name="whatWouldChange" defaultValue={retry?.whatWouldChange ?? existing?.whatWouldChange ?? ""} {...invalidProps(state, "whatWouldChange", id("change-error"))} />
        <FieldError state={state} name="whatWouldChange" id={id("change-error")} />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : existing ? "Revise judgment" : "Record judgment"}
      </button>
      <SubmitNotice state={state} />
    </form>
  );
}
