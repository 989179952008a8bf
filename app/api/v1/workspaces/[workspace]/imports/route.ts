import { apiRoute } from "../../../../../../lib/api/handler";
import { importDocuments } from "../../../../../../lib/sources/import/import-documents";
import { readImportRequest } from "../../../../../../lib/sources/import/read-import-request";

type Params = { workspace: string };

/**
 * Imports uploaded documents (multipart/form-data) as sources, each file on its own:
 * 200 with one result per file (created, duplicate or failed with its reason).
 */
export function POST(request: Request, context: { params: Promise<Params> }) {
  return apiRoute<Params>(async ({ caller, params }) => {
    const { files, metadata } = await readImportRequest(request);
    return importDocuments(caller, params.workspace, files, metadata);
  })(request, context);
}
