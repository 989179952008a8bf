import { addAchEvidence } from "../../../../../../../../../lib/ach/write-evidence";
import { apiRoute, created } from "../../../../../../../../../lib/api/handler";

type Params = { workspace: string; id: string };

export const POST = apiRoute<Params>(async ({ caller, params, body }) => created(await addAchEvidence(caller, params.workspace, { ...(await body()), disputeId: params.id })));
