import { apiRoute } from "@/lib/api/handler";
import { recordDissent } from "@/lib/reviews/judgments";

type Params = { workspace: string; id: string };

/** A participant's dissent, attached to a judgment: `{ judgmentId, text }`. */
export const POST = apiRoute<Params>(async ({ caller, params, body }) => recordDissent(caller, params.workspace, { ...(await body()), sessionId: params.id }));
