"use server";

import { revalidatePath } from "next/cache";
import { formAction, formValues, type FormState } from "@/lib/actions/form-state";
import { sessionCaller } from "@/lib/auth/caller";
import { addMemberByEmail, changeMemberRole, removeMember } from "@/lib/workspaces/members";

export async function addMemberAction(_state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  return formAction(async () => {
    await addMemberByEmail(await sessionCaller(), values.workspace, values);
    revalidatePath(`/w/${values.workspace}/members`);
    return `${values.email} added.`;
  }, values);
}

export async function changeRoleAction(_state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  return formAction(async () => {
    await changeMemberRole(await sessionCaller(), values.workspace, values);
    revalidatePath(`/w/${values.workspace}/members`);
    return "Role changed.";
  }, values);
}

export async function removeMemberAction(_state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  return formAction(async () => {
    await removeMember(await sessionCaller(), values.workspace, values);
    revalidatePath(`/w/${values.workspace}/members`);
    return "Member removed.";
  }, values);
}
