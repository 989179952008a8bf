import { apiRoute } from "../../../../../../../../../lib/api/handler";
import { removeClaim } from "../../../../../../../../../lib/disputes/write-disputes";

type Params = { workspace: string; id: string; claimId: string };

/** Takes the claim off the dispute (the claim itself stays). */
export const DELETE = apiRoute<Params>(async ({ caller, params }) => removeClaim(caller, params.workspace, { disputeId: params.id, claimId: params.claimId }));
