"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formAction, formValues, type FormState } from "@/lib/actions/form-state";
import { sessionCaller } from "@/lib/auth/caller";
import { createIncident } from "@/lib/incidents/write-incidents";

const tollKeys = ["reportedById", "sourceId", "note", "killedLow", "killedBest", "killedHigh", "injuredLow", "injuredBest", "injuredHigh"];

/** Creates an incident with its first reported toll (fields named "tolls.0.*" so errors land next to them). */
export async function createIncidentAction(workspace: string, _state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  const incident: Record<string, unknown> = {};
  const toll: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(values)) {
    if (key.startsWith("tolls.0.")) toll[key.slice(8)] = value;
    else incident[key] = value;
  }
  const hasToll = tollKeys.some((key) => toll[key]);
  toll.reportedById ||= null;
  toll.sourceId ||= null;
  let id = "";
  const state = await formAction(async () => {
    id = (await createIncident(await sessionCaller(), workspace, { ...incident, tolls: hasToll ? [toll] : [] })).id;
  }, values);
  if (!state.ok) return state;
  revalidatePath(`/w/${workspace}/incidents`);
  redirect(`/w/${workspace}/incidents/${id}`);
}
