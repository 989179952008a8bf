import { apiRoute, created, list } from "../../../../../../lib/api/handler";
import { listActors } from "../../../../../../lib/actors/read-actors";
import { createActor } from "../../../../../../lib/actors/write-actors";

type Params = { workspace: string };

/** People and organisations with their aliases and affiliations. */
export const GET = apiRoute<Params>(async ({ caller, params }) => list(await listActors(caller, params.workspace)));

export const POST = apiRoute<Params>(async ({ caller, params, body }) => created(await createActor(caller, params.workspace, await body())));
