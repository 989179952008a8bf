import { apiRoute } from "../../../../../../../../../lib/api/handler";
import { unlinkClaims } from "../../../../../../../../../lib/claims/links";

type Params = { workspace: string; id: string; linkId: string };

/** Removes a link that starts or ends at this claim. */
export const DELETE = apiRoute<Params>(async ({ caller, params }) => unlinkClaims(caller, params.workspace, { id: params.linkId, claimId: params.id }));
