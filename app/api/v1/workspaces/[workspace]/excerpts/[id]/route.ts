import { apiRoute } from "../../../../../../../lib/api/handler";
import { getExcerpt } from "../../../../../../../lib/sources/read-sources";

type Params = { workspace: string; id: string };

export const GET = apiRoute<Params>(async ({ caller, params }) => getExcerpt(caller, params.workspace, params.id));
