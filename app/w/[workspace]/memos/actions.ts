"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, type FormState } from "@/lib/actions/form-state";
import { sessionCaller } from "@/lib/auth/caller";
import { createMemo, updateMemo } from "@/lib/memos/write-memos";

const str = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === "string" ? value : "";
};
const all = (data: FormData, name: string) => data.getAll(name).filter((v): v is string => typeof v === "string");

/**
 * The builder's form as a memo's content. Key judgment rows come as parallel
 * lists; a row left with no statement is an unused blank row, not an error.
 */
function memoInput(data: FormData) {
  const statements = all(data, "kjStatement");
  const likelihoods = all(data, "kjLikelihood");
  const confidences = all(data, "kjConfidence");
  const keyJudgments = statements
    .map((statement, i) => ({ statement, likelihood: likelihoods[i] ?? "", confidence: confidences[i] ?? "" }))
    .filter((k) => k.statement.trim() || k.likelihood || k.confidence);
  const input = {
    title: str(data, "title"),
    citationStyle: str(data, "citationStyle") || undefined,
    bluf: str(data, "bluf"),
    disputeIds: all(data, "disputeIds"),
    judgmentIds: all(data, "judgmentIds"),
    keyJudgments,
    alternatives: str(data, "alternatives"),
    whatWouldChange: str(data, "whatWouldChange"),
  };
  const values: Record<string, string> = { title: input.title, bluf: input.bluf, alternatives: input.alternatives, whatWouldChange: input.whatWouldChange, citationStyle: input.citationStyle ?? "" };
  return { input, values };
}

export async function createMemoAction(workspace: string, _state: FormState, data: FormData): Promise<FormState> {
  const { input, values } = memoInput(data);
  let memoId = "";
  const state = await formAction(async () => {
    memoId = (await createMemo(await sessionCaller(), workspace, input)).id;
  }, values);
  if (!state.ok) return state;
  revalidatePath(`/w/${workspace}/memos`);
  redirect(`/w/${workspace}/memos/${memoId}`);
}

export async function updateMemoAction(workspace: string, memoId: string, _state: FormState, data: FormData): Promise<FormState> {
  const { input, values } = memoInput(data);
  let version = 0;
  const state = await formAction(async () => {
    version = (await updateMemo(await sessionCaller(), workspace, { ...input, id: memoId, version: str(data, "version") })).version;
    return `Saved as version ${version}.`;
  }, values);
  if (state.ok) revalidatePath(`/w/${workspace}/memos/${memoId}`);
  return state;
}
