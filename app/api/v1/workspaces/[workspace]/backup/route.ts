import { downloadRoute } from "../../../../../../lib/api/download";
import { exportWorkspace } from "../../../../../../lib/backup/export-workspace";
import { AppError } from "../../../../../../lib/errors";

type Params = { workspace: string };

/** The whole workspace as one backup file (owners only): gzip JSON, or plain JSON with ?format=json. */
export const GET = downloadRoute<Params>(async (caller, params, request) => {
  const format = new URL(request.url).searchParams.get("format") ?? "gz";
  if (format !== "gz" && format !== "json") throw new AppError("INVALID", "format: must be gz or json", { format: ["must be gz or json"] });
  return exportWorkspace(caller, params.workspace, { gzip: format === "gz" });
});
