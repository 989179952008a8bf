import { apiRoute } from "../../../../../../../../lib/api/handler";
import { tagClaim } from "../../../../../../../../lib/tags/write-tags";

type Params = { workspace: string; id: string };

/** Applies a tag of the workspace's vocabulary: `{ tagId }`. */
export const POST = apiRoute<Params>(async ({ caller, params, body }) => {
  const { tagId } = await body();
  return tagClaim(caller, params.workspace, { claimId: params.id, tagId });
});
