import { apiRoute, created } from "../../../../../../../../lib/api/handler";
import { attachAppearance } from "../../../../../../../../lib/claims/write-claims";

type Params = { workspace: string; id: string };

/** Records that the claim appears in an excerpt (`excerptId`). */
export const POST = apiRoute<Params>(async ({ caller, params, body }) =>
  created(await attachAppearance(caller, params.workspace, { ...(await body()), claimId: params.id })),
);
