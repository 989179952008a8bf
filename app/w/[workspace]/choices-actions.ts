"use server";

import { sessionCaller } from "@/lib/auth/caller";
import { isAppError } from "@/lib/errors";
import { findClaimChoices, findSourceChoices, type ClaimChoice, type SourceChoice } from "@/lib/search/choices";

/** What a picker's search gets back: the matches, or what was wrong with the words asked for. */
export type ChoicesAnswer<T> = { ok: true; choices: T[] } | { ok: false; message: string };

async function answer<T>(find: () => Promise<T[]>): Promise<ChoicesAnswer<T>> {
  try {
    return { ok: true, choices: await find() };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    throw error;
  }
}

/** Claims for a picker by their words (read access is checked in lib/search/choices.ts). */
export async function searchClaimChoices(workspace: string, exclude: string[], q: string): Promise<ChoicesAnswer<ClaimChoice>> {
  return answer(async () => findClaimChoices(await sessionCaller(), workspace, q, exclude));
}

/** Sources for the derivation picker by words of their title, publisher or text. */
export async function searchSourceChoices(workspace: string, exclude: string, q: string): Promise<ChoicesAnswer<SourceChoice>> {
  return answer(async () => findSourceChoices(await sessionCaller(), workspace, q, exclude));
}
