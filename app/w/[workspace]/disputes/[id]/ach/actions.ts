"use server";

import { revalidatePath } from "next/cache";
import { rateAchCells } from "@/lib/ach/rate-cells";
import { addAchEvidence, removeAchEvidence, updateAchEvidence } from "@/lib/ach/write-evidence";
import { addHypothesis, removeHypothesis, updateHypothesis } from "@/lib/ach/write-hypotheses";
import { formAction, formValues, type FormState } from "@/lib/actions/form-state";
import { sessionCaller } from "@/lib/auth/caller";

const refresh = (workspace: string, disputeId: string) => revalidatePath(`/w/${workspace}/disputes/${disputeId}/ach`);

export async function addHypothesisAction(workspace: string, disputeId: string, _state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  return formAction(async () => {
    const h = await addHypothesis(await sessionCaller(), workspace, values);
    refresh(workspace, disputeId);
    return `Hypothesis ${h.label} added.`;
  }, values);
}

export async function updateHypothesisAction(workspace: string, disputeId: string, _state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  return formAction(async () => {
    await updateHypothesis(await sessionCaller(), workspace, values);
    refresh(workspace, disputeId);
    return "Hypothesis saved.";
  }, values);
}

export async function removeHypothesisAction(workspace: string, disputeId: string, _state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  return formAction(async () => {
    await removeHypothesis(await sessionCaller(), workspace, values);
    refresh(workspace, disputeId);
    return "Hypothesis removed.";
  }, values);
}

export async function addAchEvidenceAction(workspace: string, disputeId: string, _state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  // "cites" is "claim:<id>", "incident:<id>" or "excerpt:<id>" from one select.
  const [kind, citedId] = (values.cites ?? "").split(":");
  const cited = ["claim", "incident", "excerpt"].includes(kind) && citedId ? { [`${kind}Id`]: citedId } : {};
  return formAction(async () => {
    await addAchEvidence(await sessionCaller(), workspace, { ...values, ...cited });
    refresh(workspace, disputeId);
    return "Evidence added.";
  }, values);
}

export async function updateAchEvidenceAction(workspace: string, disputeId: string, _state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  return formAction(async () => {
    await updateAchEvidence(await sessionCaller(), workspace, values);
    refresh(workspace, disputeId);
    return "Evidence saved.";
  }, values);
}

export async function removeAchEvidenceAction(workspace: string, disputeId: string, _state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  return formAction(async () => {
    await removeAchEvidence(await sessionCaller(), workspace, values);
    refresh(workspace, disputeId);
    return "Evidence removed.";
  }, values);
}

/**
 * The whole "my ratings" form: each cell sends `cell:<h>:<e>` (the chosen code),
 * `was:<h>:<e>` (the code shown) and `version:<h>:<e>`; only changed cells are saved.
 */
export async function rateAchCellsAction(workspace: string, disputeId: string, _state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  const cells = Object.entries(values)
    .filter(([key, value]) => key.startsWith("cell:") && value !== (values[`was:${key.slice(5)}`] ?? ""))
    .map(([key, consistency]) => {
      const [, hypothesisId, evidenceId] = key.split(":");
      return { hypothesisId, evidenceId, consistency, version: values[`version:${hypothesisId}:${evidenceId}`] || undefined };
    });
  if (!cells.length) return { ok: true, message: "Nothing changed.", fields: {} };
  return formAction(async () => {
    await rateAchCells(await sessionCaller(), workspace, { cells });
    refresh(workspace, disputeId);
    return cells.length === 1 ? "1 rating saved." : `${cells.length} ratings saved.`;
  });
}
