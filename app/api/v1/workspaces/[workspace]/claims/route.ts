import { apiRoute, created, list } from "../../../../../../lib/api/handler";
import { listClaims } from "../../../../../../lib/claims/read-claims";
import { createClaim } from "../../../../../../lib/claims/write-claims";

type Params = { workspace: string };

export const GET = apiRoute<Params>(async ({ caller, params }) => list(await listClaims(caller, params.workspace)));

export const POST = apiRoute<Params>(async ({ caller, params, body }) => created(await createClaim(caller, params.workspace, await body())));
