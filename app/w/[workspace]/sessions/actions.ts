"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, formValues, type FormState } from "@/lib/actions/form-state";
import { sessionCaller } from "@/lib/auth/caller";
import { AppError, isAppError, type FieldErrors } from "@/lib/errors";
import { recordDissent, recordJudgment } from "@/lib/reviews/judgments";
import { rateItem } from "@/lib/reviews/rate-item";
import { revealAll, revealItem } from "@/lib/reviews/reveal";
import { closeSession, createSession, markFinished } from "@/lib/reviews/write-sessions";
import { scales, type ScaleName } from "@/lib/ratings/scales";

export async function createSessionAction(workspace: string, _state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  const input = { title: values.title, disputeIds: data.getAll("disputeIds"), claimIds: data.getAll("claimIds"), participantIds: data.getAll("participantIds") };
  let id = "";
  const state = await formAction(async () => {
    id = (await createSession(await sessionCaller(), workspace, input)).id;
  }, values);
  if (!state.ok) return state;
  revalidatePath(`/w/${workspace}/sessions`);
  redirect(`/w/${workspace}/sessions/${id}`);
}

/**
 * Saves an item's ratings, one scale after another (each its own rating with its own
 * rationale); a scale left as it was is skipped. Errors come back per scale. `current`
 * holds the ratings the page showed, so a change made meanwhile in another tab is
 * refused rather than overwritten.
 */
export async function rateItemAction(workspace: string, sessionId: string, itemId: string, scaleList: ScaleName[], current: Partial<Record<ScaleName, { id: string; value: string }>>, _state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  const caller = await sessionCaller();
  const fields: FieldErrors = {};
  const saved: string[] = [];
  for (const scale of scaleList) {
    const value = values[`value:${scale}`] ?? "";
    const rationale = values[`rationale:${scale}`] ?? "";
    const seen = current[scale];
    if (seen && value === seen.value && !values[`changeReason:${scale}`]) continue;
    try {
      await rateItem(caller, workspace, { sessionId, itemId, scale, value, rationale, changeReason: values[`changeReason:${scale}`], replaces: seen?.id ?? null });
      saved.push(scales[scale].name.toLowerCase());
    } catch (error) {
      if (!isAppError(error)) throw error;
      if (error.code !== "INVALID") return { ok: false, message: error.message, fields: {}, values };
      for (const [key, messages] of Object.entries(error.fieldErrors)) fields[`${key}:${scale}`] = messages;
    }
  }
  revalidatePath(`/w/${workspace}/sessions/${sessionId}`);
  if (Object.keys(fields).length) return { ok: false, message: saved.length ? `Saved ${saved.join(", ")}; the rest need attention.` : "Not saved.", fields, values };
  return { ok: true, message: saved.length ? `Saved your ${saved.join(", ")} rating${saved.length > 1 ? "s" : ""}. Others cannot see them until the item is revealed.` : "Nothing changed.", fields: {} };
}

/** For buttons that run one facilitator or participant step; the message comes back as state. */
async function step(workspace: string, sessionId: string, run: () => Promise<unknown>, done: string): Promise<FormState> {
  return formAction(async () => {
    await run();
    revalidatePath(`/w/${workspace}/sessions/${sessionId}`);
    return done;
  });
}

export async function finishAction(workspace: string, sessionId: string, _state: FormState): Promise<FormState> {
  return step(workspace, sessionId, async () => markFinished(await sessionCaller(), workspace, { sessionId }), "Marked as finished. The others can see that you are done (not your ratings).");
}

export async function revealAction(workspace: string, sessionId: string, _state: FormState, data: FormData): Promise<FormState> {
  const itemId = data.get("itemId");
  return step(workspace, sessionId, async () => (itemId ? revealItem(await sessionCaller(), workspace, { sessionId, itemId }) : revealAll(await sessionCaller(), workspace, { sessionId })), "Revealed.");
}

export async function closeAction(workspace: string, sessionId: string, _state: FormState): Promise<FormState> {
  return step(workspace, sessionId, async () => closeSession(await sessionCaller(), workspace, { sessionId }), "Session closed. It is now a read-only record.");
}

export async function judgmentAction(workspace: string, sessionId: string, _state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  return formAction(async () => {
    await recordJudgment(await sessionCaller(), workspace, { ...values, sessionId, version: values.version || undefined });
    revalidatePath(`/w/${workspace}/sessions/${sessionId}`);
    return "Judgment recorded.";
  }, values);
}

export async function dissentAction(workspace: string, sessionId: string, _state: FormState, data: FormData): Promise<FormState> {
  const values = formValues(data);
  return formAction(async () => {
    if (!values.judgmentId) throw new AppError("NOT_FOUND", "Judgment not found");
    await recordDissent(await sessionCaller(), workspace, { ...values, sessionId });
    revalidatePath(`/w/${workspace}/sessions/${sessionId}`);
    return "Your dissent is on the record.";
  }, values);
}
