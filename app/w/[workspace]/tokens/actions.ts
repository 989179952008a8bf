"use server";

import { revalidatePath } from "next/cache";
import { formAction, formValues, type FormState } from "@/lib/actions/form-state";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { sessionCaller } from "@/lib/auth/caller";

export type TokenFormState = FormState & { token?: string };

export async function createTokenAction(_state: TokenFormState, data: FormData): Promise<TokenFormState> {
  const values = formValues(data);
  let token: string | undefined;
  const state = await formAction(async () => {
    token = (await createApiToken(await sessionCaller(), values.workspace, values)).token;
    revalidatePath(`/w/${values.workspace}/tokens`);
    return "Token created. Copy it now: it will not be shown again.";
  }, values);
  return { ...state, token };
}

export async function revokeTokenAction(_state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  return formAction(async () => {
    await revokeApiToken(await sessionCaller(), values.workspace, values);
    revalidatePath(`/w/${values.workspace}/tokens`);
    return "Token revoked.";
  }, values);
}
