"use server";

import { revalidatePath } from "next/cache";
import { formAction, formValues, type FormState } from "@/lib/actions/form-state";
import { sessionCaller } from "@/lib/auth/caller";
import { createTag, deleteTag, renameTag } from "@/lib/tags/write-tags";

export async function createTagAction(_state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  return formAction(async () => {
    const tag = await createTag(await sessionCaller(), values.workspace, values);
    revalidatePath(`/w/${values.workspace}/tags`);
    return `Tag “${tag.name}” added.`;
  }, values);
}

export async function renameTagAction(_state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  return formAction(async () => {
    await renameTag(await sessionCaller(), values.workspace, values);
    revalidatePath(`/w/${values.workspace}/tags`);
    return "Tag saved.";
  }, values);
}

export async function deleteTagAction(_state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  return formAction(async () => {
    await deleteTag(await sessionCaller(), values.workspace, values);
    revalidatePath(`/w/${values.workspace}/tags`);
    return "Tag deleted.";
  }, values);
}
