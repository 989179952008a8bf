import "server-only";
import { AppError, errorBody, isAppError } from "../errors";
import { isDatabaseUnavailable, isUnstorableText, isWriteRace } from "./database-failures";

const headers = {
  "content-type": "application/json; charset=utf-8",
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
};

// Defence in depth: secrets never leave, whatever a query happened to select.
const secretKeys = new Set(["passwordHash", "tokenHash"]);

function replacer(key: string, value: unknown) {
  if (secretKeys.has(key)) return undefined;
  if (typeof value === "bigint") return value.toString();
  return value; // Dates arrive here already as ISO strings (Date#toJSON).
}

export function json(data: unknown, status = 200, extraHeaders: Record<string, string> = {}) {
  return new Response(JSON.stringify(data, replacer), { status, headers: { ...headers, ...extraHeaders } });
}

/** Any failure as `{ error: { code, message, fields } }` with its status; only the unexpected is logged. */
export function failureResponse(error: unknown): Response {
  if (isAppError(error)) return json(errorBody(error), error.status, error.code === "UNAVAILABLE" ? { "retry-after": "5" } : {});
  if (isDatabaseUnavailable(error)) {
    console.warn("API: database unavailable", error instanceof Error ? error.message : error);
    const unavailable = new AppError("UNAVAILABLE", "The database is unavailable at the moment. Try again shortly.");
    return json(errorBody(unavailable), unavailable.status, { "retry-after": "5" });
  }
  if (isUnstorableText(error)) {
    const invalid = new AppError("INVALID", "_: text must not contain NUL characters", { _: ["text must not contain NUL characters"] });
    return json(errorBody(invalid), invalid.status);
  }
  if (isWriteRace(error)) {
    const conflict = new AppError("CONFLICT", "Someone else made the same change at the same moment. Reload and try again.");
    return json(errorBody(conflict), conflict.status);
  }
  console.error("API: unexpected error", error);
  return json({ error: { code: "INTERNAL", message: "Something went wrong on our side. It has been logged.", fields: {} } }, 500);
}
