import { apiRoute } from "@/lib/api/handler";
import { revealAll, revealItem } from "@/lib/reviews/reveal";

type Params = { workspace: string; id: string };

/** Facilitator: `{ itemId }` reveals one item, an empty body reveals every item still blind. */
export const POST = apiRoute<Params>(async ({ caller, params, body }) => {
  const input = { ...(await body()), sessionId: params.id };
  return "itemId" in input ? revealItem(caller, params.workspace, input) : revealAll(caller, params.workspace, input);
});
