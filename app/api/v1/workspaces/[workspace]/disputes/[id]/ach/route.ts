import { getAchMatrix } from "../../../../../../../../lib/ach/read-matrix";
import { apiRoute } from "../../../../../../../../lib/api/handler";

type Params = { workspace: string; id: string };

/** The ACH matrix with team, per-reviewer and own scores; `?excludeDeceptive=true` leaves out possibly deceptive rows. */
export const GET = apiRoute<Params>(async ({ caller, params, query }) =>
  getAchMatrix(caller, params.workspace, params.id, { excludeDeceptive: ["true", "1", "yes"].includes(query.get("excludeDeceptive") ?? "") }),
);
