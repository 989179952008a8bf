import { ApiReply, apiRoute, list } from "../../../../../../lib/api/handler";
import { createSource } from "../../../../../../lib/sources/create-source";
import { listSources } from "../../../../../../lib/sources/read-sources";

type Params = { workspace: string };

/** Sources without their text, each with its excerpt count. */
export const GET = apiRoute<Params>(async ({ caller, params }) => list(await listSources(caller, params.workspace)));

/** 201 with the new source; 200 with `duplicate: true` and the existing source when the same text is already here. */
export const POST = apiRoute<Params>(async ({ caller, params, body }) => {
  const result = await createSource(caller, params.workspace, await body());
  return new ApiReply(result.duplicate ? 200 : 201, result);
});
