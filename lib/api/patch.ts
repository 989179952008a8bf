import "server-only";
import { AppError } from "../errors";
import type { JsonObject } from "./request-body";

/**
 * A PATCH body must carry the `version` the client last read (optimistic concurrency)
 * and only fields that can be changed here; anything else is refused, not ignored.
 */
export function checkPatchBody(body: JsonObject, editable: string[]) {
  if (body.version === undefined || body.version === null || body.version === "") {
    throw new AppError("INVALID", "version: is required; send the version you last read", { version: ["is required; send the version you last read"] });
  }
  const unknown = Object.keys(body).filter((key) => key !== "version" && key !== "id" && !editable.includes(key));
  if (unknown.length) {
    throw new AppError(
      "INVALID",
      `${unknown.join(", ")}: cannot be changed here (editable: ${editable.join(", ")})`,
      Object.fromEntries(unknown.map((key) => [key, ["cannot be changed here"]])),
    );
  }
}

/**
 * PATCH over the domain's whole-record updates: fields the client leaves out keep
 * their current values, and the id comes from the URL.
 */
export function patchInput(current: JsonObject, body: JsonObject, id: string): JsonObject {
  checkPatchBody(body, Object.keys(current));
  return { ...current, ...body, id };
}

/** DELETE carries `version` in the body, or as `?version=` for clients that cannot send a body. */
export function versionOf(body: JsonObject, query: URLSearchParams): unknown {
  return body.version ?? query.get("version") ?? undefined;
}
