"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, formValues, type FormState } from "@/lib/actions/form-state";
import { sessionCaller } from "@/lib/auth/caller";
import { createDispute, placeClaim, updateDispute } from "@/lib/disputes/write-disputes";

/** The claims picked for each side, as checkbox lists named "affirms" and "disputes". */
function pickedClaims(data: FormData) {
  const ids = (name: string) => data.getAll(name).filter((value): value is string => typeof value === "string");
  return { affirms: ids("affirms"), disputes: ids("disputes") };
}

export async function createDisputeAction(workspace: string, _state: FormState, data: FormData): Promise<FormState> {
  const { affirms, disputes, ...rest } = formValues(data);
  const picked = pickedClaims(data);
  const claims = [...picked.affirms.map((claimId) => ({ claimId, side: "AFFIRMS" })), ...picked.disputes.map((claimId) => ({ claimId, side: "DISPUTES" }))];
  // Kept so the form can tick the same boxes again after an error.
  const values = { ...rest, affirms: picked.affirms.join(" "), disputes: picked.disputes.join(" ") };
  let disputeId = "";
  const state = await formAction(async () => {
    disputeId = (await createDispute(await sessionCaller(), workspace, { ...rest, claims })).id;
  }, values);
  if (!state.ok) return state;
  revalidatePath(`/w/${workspace}`, "layout");
  redirect(`/w/${workspace}/disputes/${disputeId}`);
}

export async function updateDisputeAction(workspace: string, _state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  return formAction(async () => {
    await updateDispute(await sessionCaller(), workspace, values);
    revalidatePath(`/w/${workspace}`, "layout");
    return "Dispute saved.";
  }, values);
}

export async function placeClaimAction(workspace: string, _state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  return formAction(async () => {
    await placeClaim(await sessionCaller(), workspace, values);
    revalidatePath(`/w/${workspace}`, "layout");
    return values.side === "DISPUTES" ? "Claim placed with those that dispute." : "Claim placed with those that affirm.";
  }, values);
}
