import { apiRoute } from "../../../../../lib/api/handler";
import { getWorkspace } from "../../../../../lib/workspaces/read-workspaces";

type Params = { workspace: string };

export const GET = apiRoute<Params>(async ({ caller, params }) => getWorkspace(caller, params.workspace));
