"use server";

import { redirect } from "next/navigation";
import { formAction, formValues, type FormState } from "@/lib/actions/form-state";
import { sessionCaller } from "@/lib/auth/caller";
import { changePassword } from "@/lib/auth/change-password";
import { signOutEverywhere } from "@/lib/auth/sessions";

export async function changePasswordAction(_state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  // Passwords are never sent back to the form, even when it is refused.
  const { currentPassword: _c, newPassword: _n, confirmPassword: _p, ...safeValues } = values;
  return formAction(async () => {
    await changePassword(await sessionCaller(), values);
    return "Password changed. Every session, this one included, has ended: sign in again with the new password.";
  }, safeValues);
}

export async function signOutEverywhereAction(): Promise<void> {
  await signOutEverywhere(await sessionCaller());
  redirect("/signin");
}
