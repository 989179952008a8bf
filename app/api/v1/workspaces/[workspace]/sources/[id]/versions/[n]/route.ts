import { apiRoute } from "../../../../../../../../../lib/api/handler";
import { getTextVersion } from "../../../../../../../../../lib/sources/read-text-versions";

type Params = { workspace: string; id: string; n: string };

/** One text of the source by version number, with its SHA-256. */
export const GET = apiRoute<Params>(async ({ caller, params }) => getTextVersion(caller, params.workspace, params.id, params.n));
