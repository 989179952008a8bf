import { apiRoute } from "../../../../../../../../../lib/api/handler";
import { untagClaim } from "../../../../../../../../../lib/tags/write-tags";

type Params = { workspace: string; id: string; tagId: string };

export const DELETE = apiRoute<Params>(async ({ caller, params }) => untagClaim(caller, params.workspace, { claimId: params.id, tagId: params.tagId }));
