import { apiRoute, created } from "../../../../../../lib/api/handler";
import { createExcerpt } from "../../../../../../lib/sources/create-excerpt";

type Params = { workspace: string };

/** Anchors a passage: `sourceId`, `start`, `end`, optionally the `exact` quote and `textSha256` the client saw. */
export const POST = apiRoute<Params>(async ({ caller, params, body }) => created(await createExcerpt(caller, params.workspace, await body())));
