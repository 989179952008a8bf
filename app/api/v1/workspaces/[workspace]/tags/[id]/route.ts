import { apiRoute } from "../../../../../../../lib/api/handler";
import { patchInput, versionOf } from "../../../../../../../lib/api/patch";
import { getTag } from "../../../../../../../lib/tags/read-tags";
import { deleteTag, renameTag } from "../../../../../../../lib/tags/write-tags";

type Params = { workspace: string; id: string };

export const GET = apiRoute<Params>(async ({ caller, params }) => getTag(caller, params.workspace, params.id));

/** Owners only: renames a tag or changes its description. */
export const PATCH = apiRoute<Params>(async ({ caller, params, body }) => {
  const tag = await getTag(caller, params.workspace, params.id);
  return renameTag(caller, params.workspace, patchInput({ name: tag.name, description: tag.description }, await body(), params.id));
});

/** Owners only: removes the tag from the vocabulary and from every claim. */
export const DELETE = apiRoute<Params>(async ({ caller, params, body, query }) =>
  deleteTag(caller, params.workspace, { id: params.id, version: versionOf(await body(), query) }),
);
