"use client";

import { useActionState, useState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { claimKindLabels, claimKinds } from "@/lib/claims/schemas";
import styles from "../board.module.css";
import { FieldError, invalidProps } from "./FieldError";
import { SubmitNotice } from "./SubmitNotice";

type Action = (state: FormState, data: FormData) => Promise<FormState>;
export type ActorOption = { id: string; name: string; kind: "PERSON" | "ORGANISATION"; organisationIds: string[] };
export type ClaimValues = Record<"statement" | "kind" | "claimantId" | "onBehalfOfId" | "madeAt" | "madePrecision" | "numericValue" | "numericLow" | "numericHigh" | "numericUnit", string>;

const precisions = [
  { value: "", label: "Not given" },
  { value: "DAY", label: "Exact day" },
  { value: "MONTH", label: "Month only" },
  { value: "YEAR", label: "Year only" },
  { value: "ABOUT", label: "Approximate" },
];

export const emptyClaim: ClaimValues = {
  statement: "", kind: "STATEMENT", claimantId: "", onBehalfOfId: "", madeAt: "", madePrecision: "DAY",
  numericValue: "", numericLow: "", numericHigh: "", numericUnit: "",
};

/** Creates a claim, or edits one when `edit` gives its id and version (a stale version gets a conflict). */
export function ClaimForm({ action, actors, initial = emptyClaim, edit }: { action: Action; actors: ActorOption[]; initial?: ClaimValues; edit?: { id: string; version: number } }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const start = { ...initial, ...(state.ok ? {} : state.values) } as ClaimValues;
  const [organisation, setOrganisation] = useState(start.onBehalfOfId);
  const p = edit ? "claim-edit" : "claim";
  const field = (name: keyof ClaimValues) => ({ id: `${p}-${name}`, name, ...invalidProps(state, name, `${p}-${name}-error`) });
  const error = (name: keyof ClaimValues) => <FieldError state={state} name={name} id={`${p}-${name}-error`} />;
  const people = actors.filter((a) => a.kind === "PERSON");
  const organisations = actors.filter((a) => a.kind === "ORGANISATION");

  function pickClaimant(id: string) {
    const actor = actors.find((a) => a.id === id);
    // A spokesman usually speaks for their organisation; suggest it when none is chosen.
    if (actor && !organisation) setOrganisation(actor.kind === "ORGANISATION" ? actor.id : (actor.organisationIds[0] ?? ""));
  }

  return (
    <form action={formAction} noValidate aria-label={edit ? "Edit claim" : "New claim"} className={styles.claimForm}>
      <SubmitNotice state={state} />
      {edit && (
        <>
          <input type="hidden" name="id" value={edit.id} />
          <input type="hidden" name="version" value={edit.version} />
        </>
      )}
      <div className="field">
        <label htmlFor={`${p}-statement`}>Statement</label>
        <textarea {...field("statement")} required defaultValue={start.statement} />
        <div className="hint">What the claimant asserts, in one sentence.</div>
        {error("statement")}
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${p}-kind`}>Kind</label>
          <select {...field("kind")} defaultValue={start.kind}>
            {claimKinds.map((k) => (
              <option key={k} value={k}>
                {claimKindLabels[k]}
              </option>
            ))}
          </select>
          {error("kind")}
        </div>
        <div className="field">
          <label htmlFor={`${p}-claimantId`}>Claimant</label>
          <select {...field("claimantId")} defaultValue={start.claimantId} onChange={(event) => pickClaimant(event.target.value)}>
            <option value="">Unattributed</option>
            <optgroup label="People">
              {people.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </optgroup>
            <optgroup label="Organisations">
              {organisations.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </optgroup>
          </select>
          {error("claimantId")}
        </div>
        <div className="field">
          <label htmlFor={`${p}-onBehalfOfId`}>Speaking for</label>
          <select {...field("onBehalfOfId")} value={organisation} onChange={(event) => setOrganisation(event.target.value)}>
            <option value="">No organisation</option>
            {organisations.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          {error("onBehalfOfId")}
        </div>
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${p}-madeAt`}>Date made</label>
          <input {...field("madeAt")} type="date" defaultValue={start.madeAt} />
          {error("madeAt")}
        </div>
        <div className="field">
          <label htmlFor={`${p}-madePrecision`}>Date precision</label>
          <select {...field("madePrecision")} defaultValue={start.madePrecision}>
            {precisions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          {error("madePrecision")}
        </div>
      </div>
      {/* Shown by CSS while the kind is "numeric" (board.module.css), so it works before the page's script has loaded too. */}
      <fieldset className={`panel ${styles.numericFields}`}>
        <legend>Figure claimed</legend>
        <div className="form-row">
          {(["numericValue", "numericLow", "numericHigh"] as const).map((name) => (
            <div className="field" key={name}>
              <label htmlFor={`${p}-${name}`}>{{ numericValue: "Value", numericLow: "Low", numericHigh: "High" }[name]}</label>
              <input {...field(name)} inputMode="decimal" defaultValue={start[name]} />
              {error(name)}
            </div>
          ))}
          <div className="field">
            <label htmlFor={`${p}-numericUnit`}>Unit</label>
            <input {...field("numericUnit")} placeholder="e.g. fighters, killed" defaultValue={start.numericUnit} />
            {error("numericUnit")}
          </div>
        </div>
      </fieldset>
      <div className={styles.formActions}>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : edit ? "Save claim" : "Create claim"}
        </button>
      </div>
    </form>
  );
}
