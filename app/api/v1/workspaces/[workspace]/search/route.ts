import { apiRoute } from "../../../../../../lib/api/handler";
import { searchWorkspace } from "../../../../../../lib/search/search-workspace";

type Params = { workspace: string };

/** ?q=…&kinds=claims,excerpts,sources&page=1 — results grouped by kind, matched words marked in segments. */
export const GET = apiRoute<Params>(async ({ caller, params, query }) =>
  searchWorkspace(caller, params.workspace, {
    q: query.get("q") ?? "",
    kinds: query.get("kinds") ?? undefined,
    page: query.get("page") ?? undefined,
  }),
);
