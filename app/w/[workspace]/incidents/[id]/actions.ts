"use server";

import { revalidatePath } from "next/cache";
import { formAction, formValues, type FormState } from "@/lib/actions/form-state";
import { sessionCaller } from "@/lib/auth/caller";
import { addIncidentToll } from "@/lib/incidents/write-incidents";

/** Adds one more source's figures beside the others. */
export async function addTollAction(workspace: string, incidentId: string, _state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  return formAction(async () => {
    await addIncidentToll(await sessionCaller(), workspace, {
      ...values,
      incidentId,
      reportedById: values.reportedById || null,
      sourceId: values.sourceId || null,
    });
    revalidatePath(`/w/${workspace}/incidents/${incidentId}`);
    revalidatePath(`/w/${workspace}/incidents`);
    return "Reported toll added.";
  }, values);
}
