// Shared by server actions and the client forms that show their results; holds nothing secret.
import { isAppError, type FieldErrors } from "../errors";

/** What a form gets back from its server action. */
export type FormState = { ok: boolean; message: string; fields: FieldErrors; values?: Record<string, string> };

export const initialFormState: FormState = { ok: false, message: "", fields: {} };

/**
 * Runs a domain call for a form; known errors come back as data (shown next to
 * their fields), anything else propagates to the error page.
 */
export async function formAction(run: () => Promise<string | void>, values?: Record<string, string>): Promise<FormState> {
  try {
    const message = (await run()) ?? "Saved.";
    return { ok: true, message, fields: {} };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, fields: error.fieldErrors, values };
    throw error;
  }
}

/** A FormData as a plain object of strings (files are not handled here). */
export function formValues(data: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of data.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  return values;
}
