"use client";

import { useActionState, useState } from "react";
import { linkClaimsAction, unlinkClaimsAction } from "@/app/w/[workspace]/claims/[id]/relation-actions";
import { initialFormState } from "@/lib/actions/form-state";
import { claimLinkTypes, claimLinkWords, incidentLinkTypes, type ClaimLinkTypeName } from "@/lib/claims/link-schemas";
import { FieldError, FormNotice, invalidProps } from "./FieldError";
import styles from "../relations.module.css";

type Option = { id: string; label: string };

export function AddClaimLinkForm({ workspace, claimId, claims, incidents }: { workspace: string; claimId: string; claims: Option[]; incidents: Option[] }) {
  const [state, action, pending] = useActionState(linkClaimsAction, initialFormState);
  const [type, setType] = useState<ClaimLinkTypeName>("CONTRADICTS");
  const toIncident = incidentLinkTypes.includes(type);
  return (
    <form action={action} aria-label="Add a link">
      <FormNotice state={state} />
      <input type="hidden" name="workspace" value={workspace} />
      <input type="hidden" name="fromClaimId" value={claimId} />
      <div className="field">
        <label htmlFor="link-type">This claim…</label>
        <select id="link-type" name="type" value={type} onChange={(e) => setType(e.target.value as ClaimLinkTypeName)}>
          {claimLinkTypes.map((t) => (
            <option key={t} value={t}>
              {claimLinkWords[t].forward.toLowerCase()}
            </option>
          ))}
        </select>
      </div>
      {toIncident ? (
        <div className="field">
          <label htmlFor="link-incident">Incident</label>
          <select id="link-incident" name="incidentId" required defaultValue="" {...invalidProps(state, "incidentId", "link-incident-error")}>
            <option value="" disabled>Choose an incident…</option>
            {incidents.map((i) => (
              <option key={i.id} value={i.id}>{i.label}</option>
            ))}
          </select>
          <FieldError state={state} name="incidentId" id="link-incident-error" />
        </div>
      ) : (
        <div className="field">
          <label htmlFor="link-claim">Other claim</label>
          <select id="link-claim" name="toClaimId" required defaultValue="" {...invalidProps(state, "toClaimId", "link-claim-error")}>
            <option value="" disabled>Choose a claim…</option>
            {claims.filter((c) => c.id !== claimId).map((c) => (
              <option key={c.id} value={c.id}>{c.label}</option>
            ))}
          </select>
          <FieldError state={state} name="toClaimId" id="link-claim-error" />
        </div>
      )}
      <div className="field">
        <label htmlFor="link-note">Note (optional)</label>
        <input id="link-note" name="note" maxLength={2000} {...invalidProps(state, "note", "link-note-error")} />
        <FieldError state={state} name="note" id="link-note-error" />
      </div>
      <button type="submit" disabled={pending}>Add link</button>
    </form>
  );
}

export function UnlinkButton({ workspace, claimId, linkId, label }: { workspace: string; claimId: string; linkId: string; label: string }) {
  const [state, action, pending] = useActionState(unlinkClaimsAction, initialFormState);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="workspace" value={workspace} />
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="id" value={linkId} />
      <button type="submit" className={`secondary ${styles.small}`} disabled={pending} aria-label={`Remove link: ${label}`}>
        Remove
      </button>
      {!state.ok && state.message && <FormNotice state={state} />}
    </form>
  );
}
