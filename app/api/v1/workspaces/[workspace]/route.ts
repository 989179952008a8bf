import { apiRoute } from "../../../../../lib/api/handler";
import { getWorkspace, getWorkspaceCounts } from "../../../../../lib/workspaces/read-workspaces";

type Params = { workspace: string };

export const GET = apiRoute<Params>(async ({ caller, params }) => {
  const [workspace, counts] = await Promise.all([
    getWorkspace(caller, params.workspace),
    getWorkspaceCounts(caller, params.workspace),
  ]);
  return { ...workspace, counts };
});
