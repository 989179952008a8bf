import { apiRoute, list } from "../../../../../../../../lib/api/handler";
import { listSourceExcerpts } from "../../../../../../../../lib/sources/read-source-excerpts";

type Params = { workspace: string; id: string };

export const GET = apiRoute<Params>(async ({ caller, params }) => list(await listSourceExcerpts(caller, params.workspace, params.id)));
