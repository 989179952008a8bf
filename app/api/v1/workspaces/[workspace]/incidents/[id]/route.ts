import { editableIncident } from "../../../../../../../lib/api/editable-fields";
import { apiRoute } from "../../../../../../../lib/api/handler";
import { patchInput } from "../../../../../../../lib/api/patch";
import { getIncident } from "../../../../../../../lib/incidents/read-incidents";
import { updateIncident } from "../../../../../../../lib/incidents/write-incidents";

type Params = { workspace: string; id: string };

/** The incident with its reported tolls, actors and the claims it is evidence for. */
export const GET = apiRoute<Params>(async ({ caller, params }) => getIncident(caller, params.workspace, params.id));

export const PATCH = apiRoute<Params>(async ({ caller, params, body }) => {
  const current = await editableIncident(caller, params.workspace, params.id);
  return updateIncident(caller, params.workspace, patchInput(current, await body(), params.id));
});
