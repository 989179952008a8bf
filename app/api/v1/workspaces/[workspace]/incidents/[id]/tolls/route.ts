import { apiRoute, created } from "../../../../../../../../lib/api/handler";
import { addIncidentToll } from "../../../../../../../../lib/incidents/write-incidents";

type Params = { workspace: string; id: string };

/** Adds one source's reported figures to the incident. */
export const POST = apiRoute<Params>(async ({ caller, params, body }) =>
  created(await addIncidentToll(caller, params.workspace, { ...(await body()), incidentId: params.id })),
);
