import { downloadRoute } from "../../../../../../../../../lib/api/download";
import { AppError } from "../../../../../../../../../lib/errors";
import { exportMemo } from "../../../../../../../../../lib/memos/export/export-memo";

type Params = { workspace: string; id: string; format: string };

/** The memo as a file: md, html, docx, pdf, csv, csl-json, bibtex, ris or claimreview (?version=N for an older version). */
export const GET = downloadRoute<Params>(async (caller, params, request) => {
  const url = new URL(request.url);
  const raw = url.searchParams.get("version");
  const revision = raw === null ? undefined : Number(raw);
  if (revision !== undefined && !(Number.isInteger(revision) && revision >= 1)) {
    throw new AppError("INVALID", "version: must be a whole number, 1 or more", { version: ["must be a whole number, 1 or more"] });
  }
  return exportMemo(caller, params.workspace, params.id, params.format, { revision, baseUrl: url.origin });
});
