import { apiRoute, list } from "../../../../../../../../lib/api/handler";
import { listTextVersions } from "../../../../../../../../lib/sources/read-text-versions";

type Params = { workspace: string; id: string };

/** Every text the source has held, newest first, without the texts. */
export const GET = apiRoute<Params>(async ({ caller, params }) => list(await listTextVersions(caller, params.workspace, params.id)));
