import { readCsvBody } from "../../../../../../../lib/api/csv";
import { apiRoute } from "../../../../../../../lib/api/handler";
import { describeRowError, importIncidentsCsv } from "../../../../../../../lib/incidents/csv-import";

type Params = { workspace: string };

/**
 * ACLED-style CSV in; each good row becomes an incident, each bad row is reported
 * by line. Always 200 with the report when the file itself could be read.
 */
export function POST(request: Request, context: { params: Promise<Params> }) {
  return apiRoute<Params>(async ({ caller, params }) => {
    const report = await importIncidentsCsv(caller, params.workspace, await readCsvBody(request));
    return { ...report, messages: report.errors.map(describeRowError) };
  })(request, context);
}
