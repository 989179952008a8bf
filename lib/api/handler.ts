import "server-only";
import { requestCaller, type Caller } from "../auth/caller";
import { AppError } from "../errors";
import { rejectNulCharacters } from "../text/nul-characters";
import { readJsonObject, type JsonObject } from "./request-body";
import { failureResponse, json } from "./responses";

export type ApiCall<P> = {
  /** Never null: every /api/v1 route needs a signed-in user or a token. */
  caller: Caller;
  params: P;
  query: URLSearchParams;
  /** The JSON body as an object (400 if it is anything else). */
  body: () => Promise<JsonObject>;
};

/** A reply with a status other than 200. */
export class ApiReply {
  constructor(
    readonly status: number,
    readonly data: unknown,
  ) {}
}

export const created = (data: unknown) => new ApiReply(201, data);

/** Credentials come from the bearer token, else the session cookie; no credentials, no lookup. */
async function callerOf(request: Request): Promise<Caller | null> {
  if (!request.headers.has("authorization") && !request.headers.has("cookie")) return null;
  return requestCaller(request);
}

/**
 * The one wrapper for /api/v1 route handlers: authenticate, hand the domain function
 * its caller, URL params and body, and turn whatever comes back (or is thrown) into
 * a JSON response. Authorization, validation and auditing stay in the domain.
 */
export function apiRoute<P extends object = Record<string, never>>(run: (call: ApiCall<P>) => Promise<unknown>) {
  return async function handle(request: Request, context: { params: Promise<P> }): Promise<Response> {
    try {
      const caller = await callerOf(request);
      if (!caller) throw new AppError("UNAUTHENTICATED", "Sign in, or send an API token as `Authorization: Bearer <token>`");
      const params = await context.params;
      const query = new URL(request.url).searchParams;
      rejectNulCharacters(params);
      rejectNulCharacters(Object.fromEntries(query));
      const body = async () => {
        const value = await readJsonObject(request);
        rejectNulCharacters(value);
        return value;
      };
      const result = await run({ caller, params, query, body });
      // A Response is a reply the route built itself (a stream of progress lines).
      if (result instanceof Response) return result;
      return result instanceof ApiReply ? json(result.data, result.status) : json(result);
    } catch (error) {
      return failureResponse(error);
    }
  };
}

/** Lists are wrapped so a page cursor or count can be added later without breaking clients. */
export const list = (items: unknown[]) => ({ items });
