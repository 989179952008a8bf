"use server";

import { revalidatePath } from "next/cache";
import { formAction, formValues, type FormState } from "@/lib/actions/form-state";
import { sessionCaller } from "@/lib/auth/caller";
import { attachAppearance } from "@/lib/claims/write-claims";
import { createEvidenceLink } from "@/lib/evidence/write-evidence";
import { rate } from "@/lib/ratings/rate";
import { createExcerpt } from "@/lib/sources/create-excerpt";
import { updateSourceMetadata } from "@/lib/sources/create-source";
import type { LinkedFormState } from "@/components/forms/form-types";

/** JSON-encoded fields arrive exactly as typed (plain form fields get CRLF newlines). */
function fromJson(value: string | undefined): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

const linkWords: Record<string, string> = { SUPPORTS: "supporting", CONTRADICTS: "contradicting", CONTEXT: "context for" };

/** Saves the selected passage, then links it to the chosen claim (as evidence or as where it appears). */
export async function createExcerptAction(workspace: string, sourceId: string, _state: FormState, data: FormData): Promise<LinkedFormState> {
  const values = formValues(data);
  const linking = values.link === "evidence" || values.link === "appearance";
  if (linking && !values.claimId) return { ok: false, message: "Choose the claim to link the passage to, or save the passage only.", fields: { claimId: ["choose a claim"] }, values };
  const caller = await sessionCaller();
  const saved = await formAction(async () => {
    const input = { sourceId, start: values.start, end: values.end, exact: fromJson(values.exactJson), textSha256: values.textSha256, note: values.link === "evidence" ? undefined : values.note };
    values.excerptId = (await createExcerpt(caller, workspace, input)).id;
  }, values);
  if (!saved.ok) return saved;
  revalidatePath(`/w/${workspace}/sources/${sourceId}`);
  if (!linking) return { ...saved, message: "Excerpt saved." };

  const linked = await formAction(async () => {
    if (values.link === "evidence") {
      await createEvidenceLink(caller, workspace, { claimId: values.claimId, excerptId: values.excerptId, stance: values.stance, note: values.note });
    } else {
      await attachAppearance(caller, workspace, { claimId: values.claimId, excerptId: values.excerptId });
    }
  }, values);
  if (!linked.ok) return { ...linked, message: `Excerpt saved, but not linked to the claim: ${linked.message}` };
  revalidatePath(`/w/${workspace}/claims/${values.claimId}`);
  const how = values.link === "evidence" ? `as evidence ${linkWords[values.stance] ?? ""} the claim` : "as where the claim appears";
  return { ...linked, message: `Excerpt saved and linked ${how}.`, link: { href: `/w/${workspace}/claims/${values.claimId}`, label: "Open the claim" } };
}

export async function updateSourceAction(workspace: string, sourceId: string, _state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  return formAction(async () => {
    await updateSourceMetadata(await sessionCaller(), workspace, { ...values, id: sourceId });
    revalidatePath(`/w/${workspace}/sources/${sourceId}`);
    revalidatePath(`/w/${workspace}/sources`);
    return "Details saved.";
  }, values);
}

export async function rateSourceAction(workspace: string, sourceId: string, _state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  return formAction(async () => {
    await rate(await sessionCaller(), workspace, { ...values, sourceId, scale: "SOURCE_RELIABILITY" });
    revalidatePath(`/w/${workspace}/sources/${sourceId}`);
    return "Rating recorded.";
  }, values);
}
