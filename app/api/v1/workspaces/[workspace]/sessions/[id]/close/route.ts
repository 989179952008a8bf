import { apiRoute } from "@/lib/api/handler";
import { closeSession } from "@/lib/reviews/write-sessions";

type Params = { workspace: string; id: string };

/** Facilitator: reveals what is still blind and freezes the session. */
export const POST = apiRoute<Params>(async ({ caller, params, body }) => closeSession(caller, params.workspace, { ...(await body()), sessionId: params.id }));
