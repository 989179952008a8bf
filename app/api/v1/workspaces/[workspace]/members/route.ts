import { apiRoute, created, list } from "../../../../../../lib/api/handler";
import { addMemberByEmail, listMembers } from "../../../../../../lib/workspaces/members";

type Params = { workspace: string };

/** Everyone in the workspace with their role. */
export const GET = apiRoute<Params>(async ({ caller, params }) => list(await listMembers(caller, params.workspace)));

/** Owners add a registered user by `email` with a `role`. */
export const POST = apiRoute<Params>(async ({ caller, params, body }) => created(await addMemberByEmail(caller, params.workspace, await body())));
