"use client";

import { useActionState } from "react";
import { tagClaimAction, untagClaimAction } from "@/app/w/[workspace]/claims/[id]/relation-actions";
import { initialFormState } from "@/lib/actions/form-state";
import { FieldError, FormNotice, invalidProps } from "./FieldError";
import styles from "../relations.module.css";

type Tag = { id: string; name: string; description: string };

/** A tag chip; editors get a small remove button inside it. */
export function TagChip({ workspace, claimId, tag, canEdit }: { workspace: string; claimId: string; tag: Tag; canEdit: boolean }) {
  const [state, action, pending] = useActionState(untagClaimAction, initialFormState);
  return (
    <li className={styles.chip} title={tag.description || undefined}>
      <span>{tag.name}</span>
      {canEdit && (
        <form action={action}>
          <input type="hidden" name="workspace" value={workspace} />
          <input type="hidden" name="claimId" value={claimId} />
          <input type="hidden" name="tagId" value={tag.id} />
          <button type="submit" className={styles.chipRemove} disabled={pending} aria-label={`Remove tag ${tag.name}`}>
            ×
          </button>
        </form>
      )}
      {!state.ok && state.message && <FormNotice state={state} />}
    </li>
  );
}

/** Picks a term from the workspace's vocabulary; new terms are made by owners on the Tags page. */
export function TagPicker({ workspace, claimId, available }: { workspace: string; claimId: string; available: Tag[] }) {
  const [state, action, pending] = useActionState(tagClaimAction, initialFormState);
  if (available.length === 0) return null;
  return (
    <form action={action} className={styles.picker}>
      <input type="hidden" name="workspace" value={workspace} />
      <input type="hidden" name="claimId" value={claimId} />
      <label htmlFor="claim-tag">Add a tag</label>
      <div className="inline-form">
        <select id="claim-tag" name="tagId" required defaultValue="" {...invalidProps(state, "tagId", "claim-tag-error")}>
          <option value="" disabled>
            Choose a tag…
          </option>
          {available.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <button type="submit" disabled={pending}>
          Add tag
        </button>
      </div>
      <FieldError state={state} name="tagId" id="claim-tag-error" />
      <FormNotice state={state} />
    </form>
  );
}
