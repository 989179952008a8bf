"use client";

import { useActionState, useState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import styles from "../ach.module.css";
import { emptyFormState } from "./form-types";
import { SubmitNotice } from "./SubmitNotice";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

/**
 * Removes a hypothesis or an evidence row. Removing takes every reviewer's ratings
 * of that column or row with it, so the button first asks to be confirmed.
 */
export function AchRemoveForm({ action, id, version, label, consequence }: { action: Action; id: string; version: number; label: string; consequence: string }) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <div className={styles.removeRow}>
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>
          Remove {label}…
        </button>
        <SubmitNotice state={state} />
      </div>
    );
  }
  return (
    <form action={formAction} className={styles.removeRow} aria-label={`Remove ${label}`}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <span role="alert">
        Remove {label}? {consequence}
      </span>
      <button type="submit" className={styles.removeConfirm} disabled={pending}>
        {pending ? "Removing…" : `Yes, remove ${label}`}
      </button>
      {/* Focus lands on the safe choice, so a keyboard user who pressed Remove by mistake can back out with Enter. */}
      <button type="button" className="secondary" onClick={() => setConfirming(false)} disabled={pending} autoFocus>
        Keep it
      </button>
    </form>
  );
}
