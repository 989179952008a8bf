"use server";

import { revalidatePath } from "next/cache";
import { formAction, formValues, type FormState } from "@/lib/actions/form-state";
import { sessionCaller } from "@/lib/auth/caller";
import { correctSourceText } from "@/lib/sources/correct-source";
import { describeCorrection, type CorrectionReport } from "@/lib/sources/correction-report";

export type CorrectionFormState = FormState & { report?: CorrectionReport };

/** Replaces the text, keeping the old one as a revision, and returns how each passage was found again. */
export async function correctSourceAction(workspace: string, sourceId: string, _state: FormState, data: FormData): Promise<CorrectionFormState> {
  const { textJson, ...values } = formValues(data);
  let text: unknown = undefined;
  try {
    // JSON keeps the text exactly as shown in the textarea (a plain field would arrive with CRLF newlines).
    if (textJson !== undefined) text = JSON.parse(textJson);
  } catch {
    text = undefined;
  }
  if (!values.note?.trim()) {
    return { ok: false, message: "Say what was corrected.", fields: { note: ["describe what was corrected, e.g. “toll corrected to twelve per ministry update”"] }, values };
  }
  const caller = await sessionCaller();
  let report: CorrectionReport | undefined;
  const state = await formAction(async () => {
    const correction = await correctSourceText(caller, workspace, { sourceId, version: values.version, text, note: values.note });
    report = await describeCorrection(caller, workspace, correction);
    return `Text corrected: now version ${correction.textVersion}.`;
  }, values);
  if (!state.ok || !report) return state;
  revalidatePath(`/w/${workspace}/sources/${sourceId}`);
  for (const claimId of new Set(report.rows.flatMap((row) => row.claims.map((c) => c.id)))) revalidatePath(`/w/${workspace}/claims/${claimId}`);
  return { ...state, report };
}
