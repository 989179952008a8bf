import { apiRoute } from "@/lib/api/handler";
import { markFinished } from "@/lib/reviews/write-sessions";

type Params = { workspace: string; id: string };

/** The caller has rated every blind item; others see the name, not the values. */
export const POST = apiRoute<Params>(async ({ caller, params, body }) => markFinished(caller, params.workspace, { ...(await body()), sessionId: params.id }));
