import { editableDispute } from "../../../../../../../lib/api/editable-fields";
import { apiRoute } from "../../../../../../../lib/api/handler";
import { patchInput } from "../../../../../../../lib/api/patch";
import { getDisputeBoard } from "../../../../../../../lib/disputes/read-disputes";
import { updateDispute } from "../../../../../../../lib/disputes/write-disputes";

type Params = { workspace: string; id: string };

/** The board: both sides, each claim with evidence, ratings and its independent-origin count. */
export const GET = apiRoute<Params>(async ({ caller, params }) => getDisputeBoard(caller, params.workspace, params.id));

export const PATCH = apiRoute<Params>(async ({ caller, params, body }) => {
  const current = await editableDispute(caller, params.workspace, params.id);
  return updateDispute(caller, params.workspace, patchInput(current, await body(), params.id));
});
