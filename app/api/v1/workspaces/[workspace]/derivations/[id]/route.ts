import { apiRoute } from "../../../../../../../lib/api/handler";
import { removeDerivation } from "../../../../../../../lib/sources/derivations";

type Params = { workspace: string; id: string };

export const DELETE = apiRoute<Params>(async ({ caller, params }) => removeDerivation(caller, params.workspace, { id: params.id }));
