import { apiRoute, created, list } from "../../../../../../lib/api/handler";
import { listTags } from "../../../../../../lib/tags/read-tags";
import { createTag } from "../../../../../../lib/tags/write-tags";

type Params = { workspace: string };

export const GET = apiRoute<Params>(async ({ caller, params }) => list(await listTags(caller, params.workspace)));

/** Owners only: adds a term to the workspace's vocabulary. */
export const POST = apiRoute<Params>(async ({ caller, params, body }) => created(await createTag(caller, params.workspace, await body())));
