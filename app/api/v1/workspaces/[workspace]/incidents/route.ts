import { apiRoute, created, list } from "../../../../../../lib/api/handler";
import { listIncidents } from "../../../../../../lib/incidents/read-incidents";
import { createIncident } from "../../../../../../lib/incidents/write-incidents";

type Params = { workspace: string };

export const GET = apiRoute<Params>(async ({ caller, params }) => list(await listIncidents(caller, params.workspace)));

/** An incident with its `actors` and the `tolls` each source reported. */
export const POST = apiRoute<Params>(async ({ caller, params, body }) => created(await createIncident(caller, params.workspace, await body())));
