import { apiRoute } from "../../../../../../../lib/api/handler";
import { revokeApiToken } from "../../../../../../../lib/auth/api-tokens";

type Params = { workspace: string; id: string };

export const DELETE = apiRoute<Params>(async ({ caller, params }) => revokeApiToken(caller, params.workspace, { id: params.id }));
