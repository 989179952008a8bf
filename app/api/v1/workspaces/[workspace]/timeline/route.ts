import { apiRoute } from "../../../../../../lib/api/handler";
import { buildTimeline } from "../../../../../../lib/timeline/build-timeline";

type Params = { workspace: string };

/** `?bucket=week|month&from&to&actorId&province&disputeId` → buckets, incidents, claims, provinces. */
export const GET = apiRoute<Params>(async ({ caller, params, query }) => buildTimeline(caller, params.workspace, Object.fromEntries(query)));
