import { apiRoute, created, list } from "../../../../../../lib/api/handler";
import { rate } from "../../../../../../lib/ratings/rate";
import { listRatings } from "../../../../../../lib/ratings/read-ratings";

type Params = { workspace: string };

/** `?claimId=` or `?sourceId=`: every rating of it, current and superseded, newest first. */
export const GET = apiRoute<Params>(async ({ caller, params, query }) =>
  list(await listRatings(caller, params.workspace, { claimId: query.get("claimId") ?? undefined, sourceId: query.get("sourceId") ?? undefined })),
);

/** Rates a claim or a source on one scale; changing an earlier rating needs `changeReason`, and `replaces` (the rating you saw) guards against changes made meanwhile. */
export const POST = apiRoute<Params>(async ({ caller, params, body }) => created(await rate(caller, params.workspace, await body())));
