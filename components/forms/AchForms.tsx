"use client";

import { useActionState, type ReactNode } from "react";
import type { FormState } from "@/lib/actions/form-state";
import styles from "../ach.module.css";
import { FieldError, invalidProps } from "./FieldError";
import { emptyFormState, formKey } from "./form-types";
import { SubmitNotice } from "./SubmitNotice";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

const weights = [
  { value: "LOW", label: "Low (×0.5)" },
  { value: "MEDIUM", label: "Medium (×1)" },
  { value: "HIGH", label: "High (×2)" },
];

/** The "my ratings" form: the server-rendered matrix (with a select per cell) is its content. */
export function MyRatingsForm({ action, children }: { action: Action; children: ReactNode }) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  return (
    <form action={formAction} aria-label="My ratings" className={styles.ratingsForm}>
      {children}
      <div className={styles.saveBar}>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save my ratings"}
        </button>
        <span className={styles.saveHint}>Only cells you changed are saved. Choose “Not rated” to withdraw a rating.</span>
        <SubmitNotice state={state} />
      </div>
    </form>
  );
}

function WeightSelect({ name, label, id, value, state }: { name: string; label: string; id: string; value?: string; state: FormState }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={state.values?.[name] ?? value ?? "MEDIUM"} {...invalidProps(state, name, `${id}-error`)}>
        {weights.map((w) => (
          <option key={w.value} value={w.value}>
            {w.label}
          </option>
        ))}
      </select>
      <FieldError state={state} name={name} id={`${id}-error`} />
    </div>
  );
}

/** Adds a hypothesis, or edits one when `hypothesis` is given. */
export function HypothesisForm({ action, disputeId, hypothesis, nextLabel }: { action: Action; disputeId: string; hypothesis?: { id: string; version: number; label: string; statement: string }; nextLabel?: string }) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const id = (name: string) => `hyp-${hypothesis?.id ?? "new"}-${name}`;
  const retry = state.ok ? undefined : state.values;
  return (
    <form action={formAction} noValidate aria-label={hypothesis ? `Edit hypothesis ${hypothesis.label}` : "Add a hypothesis"} key={formKey(state)} className={styles.inlineForm}>
      <input type="hidden" name="disputeId" value={disputeId} />
      {hypothesis && <input type="hidden" name="id" value={hypothesis.id} />}
      {hypothesis && <input type="hidden" name="version" value={hypothesis.version} />}
      <div className={`field ${styles.short}`}>
        <label htmlFor={id("label")}>Label</label>
        <input id={id("label")} name="label" defaultValue={retry?.label ?? hypothesis?.label ?? nextLabel} {...invalidProps(state, "label", id("label-error"))} />
        <FieldError state={state} name="label" id={id("label-error")} />
      </div>
      <div className={`field ${styles.grow}`}>
        <label htmlFor={id("statement")}>Hypothesis</label>
        <input id={id("statement")} name="statement" defaultValue={retry?.statement ?? hypothesis?.statement} {...invalidProps(state, "statement", id("statement-error"))} />
        <FieldError state={state} name="statement" id={id("statement-error")} />
      </div>
      <div className="field">
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : hypothesis ? "Save" : "Add hypothesis"}
        </button>
      </div>
      <div className={styles.full}>
        <SubmitNotice state={state} />
      </div>
    </form>
  );
}

type Choices = {
  claims: { id: string; side: string; statement: string; claimant: string | null }[];
  incidents: { id: string; title: string }[];
  excerpts: { id: string; exact: string; source: string }[];
};

const cut = (text: string, length = 100) => (text.length > length ? `${text.slice(0, length)}…` : text);

/** Adds an evidence row: one of the dispute's claims, a cited excerpt or incident, or a free description. */
export function AddEvidenceForm({ action, disputeId, choices }: { action: Action; disputeId: string; choices: Choices }) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const retry = state.ok ? undefined : state.values;
  return (
    <form action={formAction} noValidate aria-label="Add evidence" key={formKey(state)}>
      <input type="hidden" name="disputeId" value={disputeId} />
      <div className="field">
        <label htmlFor="ach-cites">Cites</label>
        <select id="ach-cites" name="cites" defaultValue={retry?.cites ?? ""} {...invalidProps(state, "claimId", "ach-cites-error")}>
          <option value="">Nothing: a free description below</option>
          <optgroup label="Claims in this dispute">
            {choices.claims.map((c) => (
              <option key={c.id} value={`claim:${c.id}`}>
                {c.side === "AFFIRMS" ? "Affirms" : "Disputes"} · {c.claimant ? `${c.claimant}: ` : ""}
                {cut(c.statement)}
              </option>
            ))}
          </optgroup>
          {choices.incidents.length > 0 && (
            <optgroup label="Incidents cited as evidence">
              {choices.incidents.map((i) => (
                <option key={i.id} value={`incident:${i.id}`}>
                  {cut(i.title)}
                </option>
              ))}
            </optgroup>
          )}
          {choices.excerpts.length > 0 && (
            <optgroup label="Passages cited as evidence">
              {choices.excerpts.map((e) => (
                <option key={e.id} value={`excerpt:${e.id}`}>
                  “{cut(e.exact, 80)}” ({cut(e.source, 40)})
                </option>
              ))}
            </optgroup>
          )}
        </select>
        <FieldError state={state} name="claimId" id="ach-cites-error" />
      </div>
      <div className="field">
        <label htmlFor="ach-description">Description</label>
        <input id="ach-description" name="description" defaultValue={retry?.description} aria-describedby="ach-description-hint" {...invalidProps(state, "description", "ach-description-error")} />
        <p className="hint" id="ach-description-hint">
          Leave empty to use the words of what it cites.
        </p>
        <FieldError state={state} name="description" id="ach-description-error" />
      </div>
      <div className="form-row">
        <WeightSelect name="credibility" label="Credibility" id="ach-new-credibility" state={state} />
        <WeightSelect name="relevance" label="Relevance" id="ach-new-relevance" state={state} />
      </div>
      <label className={styles.check}>
        <input type="checkbox" name="possiblyDeceptive" defaultChecked={retry?.possiblyDeceptive === "on"} /> Possibly deceptive
      </label>
      <div className={styles.formActions}>
        <button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add evidence"}
        </button>
      </div>
      <SubmitNotice state={state} />
    </form>
  );
}

type Row = { id: string; version: number; description: string; credibility: string; relevance: string; possiblyDeceptive: boolean };

/** Edits one evidence row's wording, weights and deceptive flag. */
export function EvidenceRowForm({ action, row, label }: { action: Action; row: Row; label: string }) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const id = (name: string) => `ev-${row.id}-${name}`;
  const retry = state.ok ? undefined : state.values;
  return (
    <form action={formAction} noValidate aria-label={`Edit evidence ${label}`} key={formKey(state)} className={styles.inlineForm}>
      <input type="hidden" name="id" value={row.id} />
      <input type="hidden" name="version" value={row.version} />
      <div className={`field ${styles.grow}`}>
        <label htmlFor={id("description")}>{label}</label>
        <input id={id("description")} name="description" defaultValue={retry?.description ?? row.description} {...invalidProps(state, "description", id("description-error"))} />
        <FieldError state={state} name="description" id={id("description-error")} />
      </div>
      <WeightSelect name="credibility" label="Credibility" id={id("credibility")} value={row.credibility} state={state} />
      <WeightSelect name="relevance" label="Relevance" id={id("relevance")} value={row.relevance} state={state} />
      <label className={styles.check}>
        <input type="checkbox" name="possiblyDeceptive" defaultChecked={retry ? retry.possiblyDeceptive === "on" : row.possiblyDeceptive} /> Possibly deceptive
      </label>
      <div className="field">
        <button type="submit" className="secondary" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </button>
      </div>
      <div className={styles.full}>
        <SubmitNotice state={state} />
      </div>
    </form>
  );
}
