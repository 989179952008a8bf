import { addHypothesis } from "../../../../../../../../../lib/ach/write-hypotheses";
import { apiRoute, created } from "../../../../../../../../../lib/api/handler";

type Params = { workspace: string; id: string };

export const POST = apiRoute<Params>(async ({ caller, params, body }) => created(await addHypothesis(caller, params.workspace, { ...(await body()), disputeId: params.id })));
