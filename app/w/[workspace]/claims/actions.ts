"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, formValues, type FormState } from "@/lib/actions/form-state";
import { sessionCaller } from "@/lib/auth/caller";
import { createClaim, updateClaim } from "@/lib/claims/write-claims";
import { rate } from "@/lib/ratings/rate";
import { scaleLabel, type ScaleName } from "@/lib/ratings/scales";

/** A claim form's values; an unchosen precision means "not given", and numbers only count for numeric claims. */
function claimValues(data: FormData) {
  const values = formValues(data);
  const input: Record<string, string | null> = { ...values, madePrecision: values.madePrecision || null };
  if (values.kind !== "NUMERIC") for (const key of ["numericValue", "numericLow", "numericHigh", "numericUnit"]) input[key] = null;
  return { values, input };
}

export async function createClaimAction(workspace: string, _state: FormState, data: FormData): Promise<FormState> {
  const { values, input } = claimValues(data);
  let claimId = "";
  const state = await formAction(async () => {
    claimId = (await createClaim(await sessionCaller(), workspace, input)).id;
  }, values);
  if (!state.ok) return state;
  revalidatePath(`/w/${workspace}`, "layout");
  redirect(`/w/${workspace}/claims/${claimId}`);
}

export async function updateClaimAction(workspace: string, _state: FormState, data: FormData): Promise<FormState> {
  const { values, input } = claimValues(data);
  return formAction(async () => {
    await updateClaim(await sessionCaller(), workspace, input);
    revalidatePath(`/w/${workspace}`, "layout");
    return "Claim saved.";
  }, values);
}

export async function rateClaimAction(workspace: string, _state: FormState, data: FormData): Promise<FormState> {
  const values = { value: "", ...formValues(data) };
  return formAction(async () => {
    const rating = await rate(await sessionCaller(), workspace, values);
    revalidatePath(`/w/${workspace}`, "layout");
    const word = scaleLabel(rating.scale as ScaleName, rating.value);
    return `Rating saved: ${rating.scale === "INFO_CREDIBILITY" ? `${rating.value} — ${word}` : word}.`;
  }, values);
}
