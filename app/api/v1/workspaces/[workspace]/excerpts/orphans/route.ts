import { apiRoute, list } from "../../../../../../../lib/api/handler";
import { listOrphanedExcerpts } from "../../../../../../../lib/sources/correct-source";

type Params = { workspace: string };

/** Excerpts no correction could re-anchor, with their source and citing claims; `?sourceId=` narrows to one source. */
export const GET = apiRoute<Params>(async ({ caller, params, query }) => {
  const sourceId = query.get("sourceId") ?? undefined;
  return list(await listOrphanedExcerpts(caller, params.workspace, { sourceId }));
});
