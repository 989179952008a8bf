import { csvDownloadRoute } from "../../../../../../../lib/api/csv";
import { exportIncidentsCsv } from "../../../../../../../lib/incidents/csv-export";

type Params = { workspace: string };

export const GET = csvDownloadRoute<Params>((params) => `incidents-${params.workspace}.csv`, (caller, params) => exportIncidentsCsv(caller, params.workspace));
