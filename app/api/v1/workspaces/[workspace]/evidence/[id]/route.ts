import { editableEvidenceLink } from "../../../../../../../lib/api/editable-fields";
import { apiRoute } from "../../../../../../../lib/api/handler";
import { patchInput, versionOf } from "../../../../../../../lib/api/patch";
import { getEvidenceLink } from "../../../../../../../lib/evidence/read-evidence";
import { deleteEvidenceLink, updateEvidenceLink } from "../../../../../../../lib/evidence/write-evidence";

type Params = { workspace: string; id: string };

export const GET = apiRoute<Params>(async ({ caller, params }) => getEvidenceLink(caller, params.workspace, params.id));

/** Changes the stance or note. */
export const PATCH = apiRoute<Params>(async ({ caller, params, body }) => {
  const current = await editableEvidenceLink(caller, params.workspace, params.id);
  return updateEvidenceLink(caller, params.workspace, patchInput(current, await body(), params.id));
});

export const DELETE = apiRoute<Params>(async ({ caller, params, body, query }) =>
  deleteEvidenceLink(caller, params.workspace, { id: params.id, version: versionOf(await body(), query) }),
);
