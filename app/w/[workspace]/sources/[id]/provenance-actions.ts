"use server";

import { revalidatePath } from "next/cache";
import { formAction, formValues, type FormState } from "@/lib/actions/form-state";
import { sessionCaller } from "@/lib/auth/caller";
import { markDerived, removeDerivation } from "@/lib/sources/derivations";

/** Marks this source as derived from another, or another as derived from this one. */
export async function markDerivedAction(workspace: string, sourceId: string, _state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  const [from, to] = values.direction === "copy" ? [values.otherId, sourceId] : [sourceId, values.otherId];
  const result = await formAction(async () => {
    await markDerived(await sessionCaller(), workspace, { sourceId: from, originId: to, kind: values.kind, note: values.note });
    return "Derivation saved.";
  }, values);
  // The other source is named in the form as `otherId`; both directions report errors there.
  if (!result.ok) {
    const { sourceId: s, originId: o, ...rest } = result.fields;
    const other = [...(values.direction === "copy" ? s ?? [] : o ?? [])];
    result.fields = other.length ? { ...rest, otherId: other } : rest;
  }
  revalidatePath(`/w/${workspace}/sources/${sourceId}`);
  return result;
}

export async function removeDerivationAction(workspace: string, sourceId: string, derivationId: string): Promise<void> {
  await removeDerivation(await sessionCaller(), workspace, { id: derivationId });
  revalidatePath(`/w/${workspace}/sources/${sourceId}`);
}
