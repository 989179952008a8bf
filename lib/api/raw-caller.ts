import "server-only";
import { requestCaller, type Caller } from "../auth/caller";
import { AppError } from "../errors";

/**
 * The caller of a route handler that answers with something other than JSON (a
 * download, an event stream), with the same rules as apiRoute: bearer token, else
 * the session cookie; no credentials, no lookup.
 */
export async function rawRouteCaller(request: Request): Promise<Caller> {
  const caller = request.headers.has("authorization") || request.headers.has("cookie") ? await requestCaller(request) : null;
  if (!caller) throw new AppError("UNAUTHENTICATED", "Sign in, or send an API token as `Authorization: Bearer <token>`");
  return caller;
}
