import "server-only";
import { AppError } from "../errors";

// A source text may be 5,000,000 characters; leave room for JSON escaping and metadata.
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

export type JsonObject = Record<string, unknown>;

function invalid(message: string, field = "_") {
  return new AppError("INVALID", message, { [field]: [message] });
}

/**
 * The request body as a JSON object. An empty body reads as `{}`, so the domain's
 * validation names each missing field. Anything else that is not a JSON object is
 * refused with a message saying what was wrong.
 */
export async function readJsonObject(request: Request): Promise<JsonObject> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw invalid(`The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`);
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw invalid(`The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`);
  if (!text.trim()) return {};

  // Requiring JSON also keeps cross-site HTML forms (which cannot send it) from writing with a cookie.
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type.trim())) {
    throw invalid("Send the request body as JSON with the header Content-Type: application/json");
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : "";
    throw invalid(`The request body is not valid JSON${detail}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalid(`The request body must be a JSON object, not ${Array.isArray(value) ? "an array" : value === null ? "null" : `a ${typeof value}`}`);
  }
  return value as JsonObject;
}
