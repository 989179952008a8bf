import { editableSource } from "../../../../../../../lib/api/editable-fields";
import { apiRoute } from "../../../../../../../lib/api/handler";
import { patchInput } from "../../../../../../../lib/api/patch";
import { updateSourceMetadata } from "../../../../../../../lib/sources/create-source";
import { getSource } from "../../../../../../../lib/sources/read-sources";

type Params = { workspace: string; id: string };

/** The source with its text, its excerpts and its current ratings. */
export const GET = apiRoute<Params>(async ({ caller, params }) => getSource(caller, params.workspace, params.id));

/** Changes metadata only; the text of a source is not edited through the API. */
export const PATCH = apiRoute<Params>(async ({ caller, params, body }) => {
  const current = await editableSource(caller, params.workspace, params.id);
  return updateSourceMetadata(caller, params.workspace, patchInput(current, await body(), params.id));
});
