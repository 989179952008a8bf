"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, formValues, type FormState } from "@/lib/actions/form-state";
import { sessionCaller } from "@/lib/auth/caller";
import { createSource } from "@/lib/sources/create-source";
import type { LinkedFormState } from "@/components/forms/form-types";

/** Stores a pasted text with its metadata; the same text twice points to the first copy instead. */
export async function createSourceAction(workspace: string, _state: FormState, data: FormData): Promise<LinkedFormState> {
  const { textJson, ...values } = formValues(data);
  let text: unknown = values.text;
  try {
    // The text travels JSON-encoded so its newlines arrive exactly as pasted; never trimmed here.
    if (textJson !== undefined) text = JSON.parse(textJson);
  } catch {
    text = undefined;
  }
  let created: Awaited<ReturnType<typeof createSource>> | undefined;
  const state = await formAction(async () => {
    created = await createSource(await sessionCaller(), workspace, { ...values, text });
  }, values);
  if (!state.ok || !created) return state;
  const href = `/w/${workspace}/sources/${created.source.id}`;
  if (created.duplicate) {
    return { ok: false, message: "This text is already in the workspace as", fields: {}, values, link: { href, label: created.source.title } };
  }
  revalidatePath(`/w/${workspace}/sources`);
  redirect(href);
}
