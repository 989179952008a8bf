import { requestCaller } from "../../../../../lib/auth/caller";
import { failureResponse, json } from "../../../../../lib/api/responses";
import { restoreWorkspace } from "../../../../../lib/backup/restore-workspace";
import { MAX_BACKUP_BYTES } from "../../../../../lib/backup/verify-backup";
import { AppError } from "../../../../../lib/errors";

// Types an HTML form on another site cannot send, so a signed-in browser cannot be made to restore.
const accepted = /^application\/(gzip|x-gzip|json|octet-stream)\b/i;

function invalid(message: string) {
  return new AppError("INVALID", `file: ${message}`, { file: [message] });
}

/** Restores a backup file (the request body, as downloaded) as a new workspace; see lib/backup/restore-workspace.ts for who may. */
export async function POST(request: Request): Promise<Response> {
  try {
    const caller = request.headers.has("authorization") || request.headers.has("cookie") ? await requestCaller(request) : null;
    if (!caller) throw new AppError("UNAUTHENTICATED", "Sign in, or send an API token as `Authorization: Bearer <token>`");
    if (!accepted.test(request.headers.get("content-type") ?? "")) {
      throw invalid("send the backup file as the request body with Content-Type: application/gzip (or application/json for an uncompressed file)");
    }
    if (Number(request.headers.get("content-length") ?? 0) > MAX_BACKUP_BYTES) throw invalid(`is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB`);
    const body = new Uint8Array(await request.arrayBuffer());
    return json(await restoreWorkspace(caller, body), 201);
  } catch (error) {
    return failureResponse(error);
  }
}
