"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import styles from "../board.module.css";
import { FieldError, invalidProps } from "./FieldError";
import { SubmitNotice } from "./SubmitNotice";

type Action = (state: FormState, data: FormData) => Promise<FormState>;
export type PickableClaim = { id: string; statement: string; byline: string };

function ClaimPicker({ side, claims, picked }: { side: "affirms" | "disputes"; claims: PickableClaim[]; picked: Set<string> }) {
  const legend = side === "affirms" ? "Claims that affirm" : "Claims that dispute";
  return (
    <fieldset className={`${styles.picker} ${side === "affirms" ? styles.pickerAffirm : styles.pickerDispute}`}>
      <legend>{legend}</legend>
      <div className={styles.pickList}>
        {claims.map((claim) => (
          <label key={claim.id}>
            <input type="checkbox" name={side} value={claim.id} defaultChecked={picked.has(claim.id)} />
            <span>
              {claim.statement}
              <small className="muted">{claim.byline}</small>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A new contested proposition, with existing claims picked for each side. */
export function NewDisputeForm({ action, claims }: { action: Action; claims: PickableClaim[] }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const retry = state.ok ? undefined : state.values;
  const picked = (side: "affirms" | "disputes") => new Set((retry?.[side] ?? "").split(" ").filter(Boolean));
  const claimErrors = Object.entries(state.fields).filter(([key]) => key.startsWith("claims"));
  return (
    <form action={formAction} noValidate aria-label="New dispute">
      <SubmitNotice state={state} />
      <div className="field">
        <label htmlFor="new-dispute-proposition">Proposition</label>
        <textarea id="new-dispute-proposition" name="proposition" rows={2} required defaultValue={retry?.proposition ?? ""} {...invalidProps(state, "proposition", "new-dispute-proposition-error")} />
        <div className="hint">The contested statement, e.g. “ISKP has been defeated in Afghanistan.”</div>
        <FieldError state={state} name="proposition" id="new-dispute-proposition-error" />
      </div>
      <div className="field">
        <label htmlFor="new-dispute-summary">Summary</label>
        <textarea id="new-dispute-summary" name="summary" defaultValue={retry?.summary ?? ""} {...invalidProps(state, "summary", "new-dispute-summary-error")} />
        <FieldError state={state} name="summary" id="new-dispute-summary-error" />
      </div>
      {claims.length === 0 ? (
        <p className="empty">No claims yet; you can place claims on the board later.</p>
      ) : (
        <div className={styles.pickers}>
          <ClaimPicker side="affirms" claims={claims} picked={picked("affirms")} />
          <ClaimPicker side="disputes" claims={claims} picked={picked("disputes")} />
        </div>
      )}
      {claimErrors.length > 0 && (
        <p className="field-error" role="alert">
          {claimErrors.flatMap(([, messages]) => messages).join("; ")}
        </p>
      )}
      <div className={`${styles.formActions} ${styles.spacedTop}`}>
        <button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create dispute"}
        </button>
      </div>
    </form>
  );
}
