import { apiRoute, list } from "../../../../lib/api/handler";
import { listMyWorkspaces } from "../../../../lib/workspaces/read-workspaces";

/** The workspaces the caller belongs to (a token sees only its own workspace). */
export const GET = apiRoute(async ({ caller }) => list(await listMyWorkspaces(caller)));
