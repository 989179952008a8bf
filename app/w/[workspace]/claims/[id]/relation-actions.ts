"use server";

import { revalidatePath } from "next/cache";
import { formAction, formValues, type FormState } from "@/lib/actions/form-state";
import { sessionCaller } from "@/lib/auth/caller";
import { linkClaims, unlinkClaims } from "@/lib/claims/links";
import { tagClaim, untagClaim } from "@/lib/tags/write-tags";

// Tags and typed links on the claim page; each form names the workspace and claim in hidden fields.

const claimPath = (values: Record<string, string>) => `/w/${values.workspace}/claims/${values.claimId ?? values.fromClaimId}`;

export async function tagClaimAction(_state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  return formAction(async () => {
    const result = await tagClaim(await sessionCaller(), values.workspace, values);
    revalidatePath(claimPath(values));
    return result.added ? `Tagged “${result.name}”.` : `Already tagged “${result.name}”.`;
  }, values);
}

export async function untagClaimAction(_state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  return formAction(async () => {
    await untagClaim(await sessionCaller(), values.workspace, values);
    revalidatePath(claimPath(values));
    return "Tag removed.";
  }, values);
}

export async function linkClaimsAction(_state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  return formAction(async () => {
    await linkClaims(await sessionCaller(), values.workspace, values);
    revalidatePath(claimPath(values));
    return "Link added.";
  }, values);
}

export async function unlinkClaimsAction(_state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  return formAction(async () => {
    await unlinkClaims(await sessionCaller(), values.workspace, { id: values.id, claimId: values.claimId });
    revalidatePath(claimPath(values));
    return "Link removed.";
  }, values);
}
