import { apiRoute } from "@/lib/api/handler";
import { recordJudgment } from "@/lib/reviews/judgments";

type Params = { workspace: string; id: string };

/** Facilitator: the judgment on a revealed item (give `version` to revise one). */
export const POST = apiRoute<Params>(async ({ caller, params, body }) => recordJudgment(caller, params.workspace, { ...(await body()), sessionId: params.id }));
