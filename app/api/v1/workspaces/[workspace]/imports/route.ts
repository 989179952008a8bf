import { apiRoute } from "../../../../../../lib/api/handler";
import { startImport } from "../../../../../../lib/sources/import/import-documents";
import { importProgressStream, wantsProgressStream } from "../../../../../../lib/sources/import/progress-stream";
import { readImportRequest } from "../../../../../../lib/sources/import/read-import-request";

type Params = { workspace: string };

/**
 * Imports uploaded documents and .zip archives (multipart/form-data) as sources, each
 * file or archive entry on its own: 200 with one result per file (created, duplicate or
 * failed with its reason). With `Accept: application/x-ndjson` the results arrive one
 * per line as they are decided; access and request errors are still 4xx before that.
 */
export function POST(request: Request, context: { params: Promise<Params> }) {
  return apiRoute<Params>(async ({ caller, params }) => {
    const { files, metadata } = await readImportRequest(request);
    const run = await startImport(caller, params.workspace, files, metadata);
    return wantsProgressStream(request) ? importProgressStream(run) : run();
  })(request, context);
}
