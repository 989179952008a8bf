import { editableHypothesis } from "../../../../../../../../../../lib/ach/editable";
import { removeHypothesis, updateHypothesis } from "../../../../../../../../../../lib/ach/write-hypotheses";
import { apiRoute } from "../../../../../../../../../../lib/api/handler";
import { patchInput, versionOf } from "../../../../../../../../../../lib/api/patch";

type Params = { workspace: string; id: string; hypothesisId: string };

export const PATCH = apiRoute<Params>(async ({ caller, params, body }) => {
  const current = await editableHypothesis(caller, params.workspace, params.id, params.hypothesisId);
  return updateHypothesis(caller, params.workspace, patchInput(current, await body(), params.hypothesisId));
});

export const DELETE = apiRoute<Params>(async ({ caller, params, body, query }) => {
  await editableHypothesis(caller, params.workspace, params.id, params.hypothesisId);
  return removeHypothesis(caller, params.workspace, { id: params.hypothesisId, version: versionOf(await body(), query) });
});
