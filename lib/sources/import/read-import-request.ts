import "server-only";
import { AppError } from "../../errors";
import type { ImportFile } from "./import-documents";
import { MAX_IMPORT_REQUEST_BYTES, megabytes } from "./limits";

const invalid = (message: string, field = "_") => new AppError("INVALID", message, { [field]: [message] });

/**
 * A browser will send a multipart form with cookies from any site (unlike JSON), so
 * a cookie-authenticated upload must come from a page of this app: its Origin must
 * be this host. Token callers are not browsers and need no such check.
 */
function assertSameOrigin(request: Request) {
  if (request.headers.has("authorization")) return;
  const origin = request.headers.get("origin");
  const hosts = [request.headers.get("x-forwarded-host"), request.headers.get("host"), new URL(request.url).host].filter(Boolean);
  let originHost: string | undefined;
  try {
    originHost = origin ? new URL(origin).host : undefined;
  } catch {
    originHost = undefined;
  }
  if (!originHost || !hosts.includes(originHost)) {
    throw new AppError("FORBIDDEN", "Uploads with a session cookie must come from this app's own pages; scripts should use an API token");
  }
}

const toFile = async (entry: File): Promise<ImportFile> => ({ name: entry.name || "unnamed", bytes: new Uint8Array(await entry.arrayBuffer()) });

/** The `file` parts (many) and the optional `metadata` part of a multipart/form-data import request. */
export async function readImportRequest(request: Request): Promise<{ files: ImportFile[]; metadata?: ImportFile }> {
  assertSameOrigin(request);
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(type)) throw invalid("Send the files as multipart/form-data: one `file` part per document and optionally one `metadata` part");
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_IMPORT_REQUEST_BYTES) {
    throw invalid(`This upload is ${megabytes(declared)}; one request may carry at most ${megabytes(MAX_IMPORT_REQUEST_BYTES)}: send the files in smaller batches`);
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw invalid("The multipart body could not be read; was the upload cut off?");
  }
  const files: ImportFile[] = [];
  for (const entry of form.getAll("file")) {
    if (typeof entry === "string") throw invalid("Each `file` part must be a file, not a text field", "file");
    files.push(await toFile(entry));
  }
  const metadataEntry = form.get("metadata");
  if (typeof metadataEntry === "string" && metadataEntry !== "") throw invalid("The `metadata` part must be a file (CSV or JSON)", "metadata");
  const metadata = metadataEntry && typeof metadataEntry !== "string" && metadataEntry.size > 0 ? await toFile(metadataEntry) : undefined;
  return { files, metadata };
}
