import { editableClaim } from "../../../../../../../lib/api/editable-fields";
import { apiRoute } from "../../../../../../../lib/api/handler";
import { patchInput } from "../../../../../../../lib/api/patch";
import { getClaim } from "../../../../../../../lib/claims/read-claims";
import { updateClaim } from "../../../../../../../lib/claims/write-claims";

type Params = { workspace: string; id: string };

/** The claim with its passages, evidence, current ratings, tags and disputes. */
export const GET = apiRoute<Params>(async ({ caller, params }) => getClaim(caller, params.workspace, params.id));

export const PATCH = apiRoute<Params>(async ({ caller, params, body }) => {
  const current = await editableClaim(caller, params.workspace, params.id);
  return updateClaim(caller, params.workspace, patchInput(current, await body(), params.id));
});
