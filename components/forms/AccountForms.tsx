"use client";

import { useActionState } from "react";
import { changePasswordAction, signOutEverywhereAction } from "@/app/w/[workspace]/account/actions";
import { initialFormState } from "@/lib/actions/form-state";
import { FieldError, FormNotice, invalidProps } from "./FieldError";

export function ChangePasswordForm({ minLength, maxLength }: { minLength: number; maxLength: number }) {
  const [state, action, pending] = useActionState(changePasswordAction, initialFormState);
  if (state.ok) {
    return (
      <section className="panel" aria-labelledby="password-heading">
        <h2 id="password-heading">Change password</h2>
        <FormNotice state={state} />
        <p>
          <a href="/signin">Sign in again</a>
        </p>
      </section>
    );
  }
  return (
    <form action={action} className="panel" aria-labelledby="password-heading">
      <h2 id="password-heading">Change password</h2>
      <FormNotice state={state} />
      <div className="field">
        <label htmlFor="current-password">Current password</label>
        <input id="current-password" name="currentPassword" type="password" autoComplete="current-password" required {...invalidProps(state, "currentPassword", "current-password-error")} />
        <FieldError state={state} name="currentPassword" id="current-password-error" />
      </div>
      <div className="field">
        <label htmlFor="new-password">New password</label>
        <input
          id="new-password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={minLength}
          maxLength={maxLength}
          aria-describedby="new-password-hint"
          {...invalidProps(state, "newPassword", "new-password-error")}
        />
        <p className="hint" id="new-password-hint">
          {minLength} to {maxLength} characters; a passphrase of several words works well. The most common passwords are refused.
        </p>
        <FieldError state={state} name="newPassword" id="new-password-error" />
      </div>
      <div className="field">
        <label htmlFor="confirm-password">New password again</label>
        <input id="confirm-password" name="confirmPassword" type="password" autoComplete="new-password" required {...invalidProps(state, "confirmPassword", "confirm-password-error")} />
        <FieldError state={state} name="confirmPassword" id="confirm-password-error" />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}

export function SignOutEverywhereForm() {
  return (
    <form action={signOutEverywhereAction} className="panel" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Sessions</h2>
      <p>Ends every session you have, on this and every other device. API tokens are separate: revoke them on the API tokens page.</p>
      <button type="submit" className="secondary">
        Sign out everywhere
      </button>
    </form>
  );
}
