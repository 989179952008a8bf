"use client";

import { useActionState, useState } from "react";
import type { ChoicesAnswer } from "@/app/w/[workspace]/choices-actions";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import styles from "../board.module.css";
import { ChoiceSearch } from "./ChoiceSearch";
import { FieldError, invalidProps } from "./FieldError";
import { SubmitNotice } from "./SubmitNotice";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

const statuses = [
  { value: "OPEN", label: "Open" },
  { value: "UNDER_REVIEW", label: "Under review" },
  { value: "JUDGED", label: "Judged" },
  { value: "CLOSED", label: "Closed" },
];

type Dispute = { id: string; version: number; proposition: string; summary: string; status: string };

/** Edits the proposition, summary and status; a stale version is refused with a conflict. */
export function DisputeEditForm({ action, dispute }: { action: Action; dispute: Dispute }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const retry = state.ok ? undefined : state.values;
  return (
    <form action={formAction} noValidate aria-label="Edit dispute">
      <SubmitNotice state={state} />
      <input type="hidden" name="id" value={dispute.id} />
      <input type="hidden" name="version" value={dispute.version} />
      <div className="field">
        <label htmlFor="dispute-proposition">Proposition</label>
        <textarea id="dispute-proposition" name="proposition" required rows={2} defaultValue={retry?.proposition ?? dispute.proposition} {...invalidProps(state, "proposition", "dispute-proposition-error")} />
        <FieldError state={state} name="proposition" id="dispute-proposition-error" />
      </div>
      <div className="field">
        <label htmlFor="dispute-summary">Summary</label>
        <textarea id="dispute-summary" name="summary" rows={6} defaultValue={retry?.summary ?? dispute.summary} {...invalidProps(state, "summary", "dispute-summary-error")} />
        <FieldError state={state} name="summary" id="dispute-summary-error" />
      </div>
      <div className="field">
        <label htmlFor="dispute-status">Status</label>
        <select id="dispute-status" name="status" defaultValue={retry?.status ?? dispute.status} {...invalidProps(state, "status", "dispute-status-error")}>
          {statuses.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
        <FieldError state={state} name="status" id="dispute-status-error" />
      </div>
      <div className={styles.formActions}>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save dispute"}
        </button>
      </div>
    </form>
  );
}

type ClaimOption = { id: string; statement: string; claimant: string | null };

type PlaceProps = { action: Action; disputeId: string; claims: ClaimOption[]; search: (q: string) => Promise<ChoicesAnswer<ClaimOption>> };

/** Puts an existing claim on one side of the dispute: one of the latest, or one found by its words. */
export function PlaceClaimForm({ action, disputeId, claims: latest, search }: PlaceProps) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const [claims, setClaims] = useState(latest);
  if (!latest.length) return <p className="empty">Every claim in this workspace is already on the board.</p>;
  return (
    <form action={formAction} noValidate aria-label="Place a claim">
      <SubmitNotice state={state} />
      <input type="hidden" name="disputeId" value={disputeId} />
      <ChoiceSearch label="a claim by its words" noun={["claim", "claims"]} search={search} onFound={setClaims} pickerId="place-claim" />
      <div className={styles.inlineForm}>
        <div className={`field ${styles.grow}`}>
          <label htmlFor="place-claim">Claim</label>
          <select id="place-claim" name="claimId" defaultValue="" {...invalidProps(state, "claimId", "place-claim-error")}>
            <option value="" disabled>
              Choose a claim…
            </option>
            {claims.map((c) => (
              <option key={c.id} value={c.id}>
                {c.claimant ? `${c.claimant}: ` : ""}
                {c.statement.length > 110 ? `${c.statement.slice(0, 110)}…` : c.statement}
              </option>
            ))}
          </select>
          <FieldError state={state} name="claimId" id="place-claim-error" />
        </div>
        <fieldset className={styles.sides} aria-describedby={state.fields.side ? "place-side-error" : undefined}>
          <legend>Side</legend>
          <label>
            <input type="radio" name="side" value="AFFIRMS" defaultChecked /> Affirms
          </label>
          <label>
            <input type="radio" name="side" value="DISPUTES" /> Disputes
          </label>
          <FieldError state={state} name="side" id="place-side-error" />
        </fieldset>
        <div className="field">
          <button type="submit" disabled={pending}>
            {pending ? "Placing…" : "Place claim"}
          </button>
        </div>
      </div>
    </form>
  );
}
