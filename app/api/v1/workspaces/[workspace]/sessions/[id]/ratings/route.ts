import { apiRoute } from "@/lib/api/handler";
import { rateItem } from "@/lib/reviews/rate-item";

type Params = { workspace: string; id: string };

/** A participant's blind rating of one item on one scale: `{ itemId, scale, value, rationale, changeReason?, replaces? }`. */
export const POST = apiRoute<Params>(async ({ caller, params, body }) => rateItem(caller, params.workspace, { ...(await body()), sessionId: params.id }));
