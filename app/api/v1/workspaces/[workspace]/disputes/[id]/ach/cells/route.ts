import { rateAchCells } from "../../../../../../../../../lib/ach/rate-cells";
import { apiRoute } from "../../../../../../../../../lib/api/handler";

type Params = { workspace: string; id: string };

/** Your own ratings of cells: `{ cells: [{ hypothesisId, evidenceId, consistency, version? }] }`, saved all or none. */
export const POST = apiRoute<Params>(async ({ caller, params, body }) => ({ items: await rateAchCells(caller, params.workspace, await body()) }));
