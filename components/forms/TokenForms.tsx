"use client";

import { useActionState } from "react";
import { createTokenAction, revokeTokenAction, type TokenFormState } from "@/app/w/[workspace]/tokens/actions";
import { initialFormState } from "@/lib/actions/form-state";
import { FieldError, FormNotice, invalidProps } from "./FieldError";

export function CreateTokenForm({ workspace }: { workspace: string }) {
  const [state, action, pending] = useActionState<TokenFormState, FormData>(createTokenAction, initialFormState);
  return (
    <form action={action} className="panel" aria-labelledby="new-token-heading">
      <h2 id="new-token-heading">New token</h2>
      <FormNotice state={state} />
      {state.token && (
        <div className="field">
          <label htmlFor="new-token-value">Your new token</label>
          <input id="new-token-value" readOnly value={state.token} onFocus={(e) => e.currentTarget.select()} className="mono" />
        </div>
      )}
      <input type="hidden" name="workspace" value={workspace} />
      <div className="field">
        <label htmlFor="token-name">Name</label>
        <input id="token-name" name="name" required placeholder="e.g. notebook on my laptop" {...invalidProps(state, "name", "token-name-error")} />
        <FieldError state={state} name="name" id="token-name-error" />
      </div>
      <button type="submit" disabled={pending}>
        Create token
      </button>
    </form>
  );
}

export function RevokeTokenButton({ workspace, id, name }: { workspace: string; id: string; name: string }) {
  const [state, action, pending] = useActionState(revokeTokenAction, initialFormState);
  return (
    <form action={action}>
      <input type="hidden" name="workspace" value={workspace} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="secondary" disabled={pending} aria-label={`Revoke ${name}`}>
        Revoke
      </button>
      {!state.ok && <FormNotice state={state} />}
    </form>
  );
}
