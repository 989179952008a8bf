import "server-only";
import { requestCaller, type Caller } from "../auth/caller";
import { AppError } from "../errors";
import { MAX_IMPORT_BYTES } from "../incidents/csv-import";
import { failureResponse } from "./responses";

const invalid = (message: string) => new AppError("INVALID", `file: ${message}`, { file: [message] });

/**
 * A CSV upload: the body itself as text/csv, or a multipart form's `file` field.
 * Multipart is taken only with a bearer token: a cross-site HTML form can send
 * multipart with the session cookie, but it cannot send text/csv or an Authorization header.
 */
export async function readCsvBody(request: Request): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_IMPORT_BYTES) throw invalid(`is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  const type = (request.headers.get("content-type") ?? "").trim().toLowerCase();
  if (/^(text|application)\/csv\b/.test(type)) return request.text();
  if (type.startsWith("multipart/form-data")) {
    if (!request.headers.get("authorization")?.toLowerCase().startsWith("bearer ")) {
      throw invalid("send multipart uploads with an API token, or send the file itself with Content-Type: text/csv");
    }
    const file = (await request.formData()).get("file");
    if (!file || typeof file === "string") throw invalid("send the CSV in a form field named `file`");
    return file.text();
  }
  throw invalid("send the CSV with Content-Type: text/csv (or multipart/form-data with a `file` field)");
}

/** A CSV download for a GET route, with the same authentication and error bodies as apiRoute. */
export function csvDownloadRoute<P>(filename: (params: P) => string, run: (caller: Caller, params: P) => Promise<string>) {
  return async function handle(request: Request, context: { params: Promise<P> }): Promise<Response> {
    try {
      const caller = request.headers.has("authorization") || request.headers.has("cookie") ? await requestCaller(request) : null;
      if (!caller) throw new AppError("UNAUTHENTICATED", "Sign in, or send an API token as `Authorization: Bearer <token>`");
      const params = await context.params;
      const csv = await run(caller, params);
      return new Response(csv, {
        headers: {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="${filename(params).replace(/[^\w.-]/g, "_")}"`,
          "cache-control": "no-store",
          "x-content-type-options": "nosniff",
        },
      });
    } catch (error) {
      return failureResponse(error);
    }
  };
}
