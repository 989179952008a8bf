import { editableAchEvidence } from "../../../../../../../../../../lib/ach/editable";
import { removeAchEvidence, updateAchEvidence } from "../../../../../../../../../../lib/ach/write-evidence";
import { apiRoute } from "../../../../../../../../../../lib/api/handler";
import { patchInput, versionOf } from "../../../../../../../../../../lib/api/patch";

type Params = { workspace: string; id: string; evidenceId: string };

export const PATCH = apiRoute<Params>(async ({ caller, params, body }) => {
  const current = await editableAchEvidence(caller, params.workspace, params.id, params.evidenceId);
  return updateAchEvidence(caller, params.workspace, patchInput(current, await body(), params.evidenceId));
});

export const DELETE = apiRoute<Params>(async ({ caller, params, body, query }) => {
  await editableAchEvidence(caller, params.workspace, params.id, params.evidenceId);
  return removeAchEvidence(caller, params.workspace, { id: params.evidenceId, version: versionOf(await body(), query) });
});
