import { apiRoute } from "../../../../../../../../lib/api/handler";
import { placeClaim } from "../../../../../../../../lib/disputes/write-disputes";

type Params = { workspace: string; id: string };

/** Places a claim (`claimId`) on a `side` of the dispute, or moves it to the other side. */
export const POST = apiRoute<Params>(async ({ caller, params, body }) => placeClaim(caller, params.workspace, { ...(await body()), disputeId: params.id }));
