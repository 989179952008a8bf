import { apiRoute, created, list } from "../../../../../../lib/api/handler";
import { listDisputes } from "../../../../../../lib/disputes/read-disputes";
import { createDispute } from "../../../../../../lib/disputes/write-disputes";

type Params = { workspace: string };

export const GET = apiRoute<Params>(async ({ caller, params }) => list(await listDisputes(caller, params.workspace)));

export const POST = apiRoute<Params>(async ({ caller, params, body }) => created(await createDispute(caller, params.workspace, await body())));
