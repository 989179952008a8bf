import "server-only";
import { requestCaller, type Caller } from "../auth/caller";
import { AppError } from "../errors";
import { failureResponse } from "./responses";

export type Download = { body: string | Buffer; contentType: string; filename: string };

/**
 * A file download for a GET route, with the same authentication and error bodies as
 * apiRoute. The filename is given ASCII-safe and, for other scripts, RFC 5987-encoded.
 */
export function downloadRoute<P>(run: (caller: Caller, params: P, request: Request) => Promise<Download>) {
  return async function handle(request: Request, context: { params: Promise<P> }): Promise<Response> {
    try {
      const caller = request.headers.has("authorization") || request.headers.has("cookie") ? await requestCaller(request) : null;
      if (!caller) throw new AppError("UNAUTHENTICATED", "Sign in, or send an API token as `Authorization: Bearer <token>`");
      const file = await run(caller, await context.params, request);
      const ascii = file.filename.replace(/[^\w.-]/g, "_");
      return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
        headers: {
          "content-type": file.contentType,
          "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
          "cache-control": "no-store",
          "x-content-type-options": "nosniff",
        },
      });
    } catch (error) {
      return failureResponse(error);
    }
  };
}
