import { apiRoute } from "../../../../../../lib/api/handler";
import { findPassages } from "../../../../../../lib/lookup/find-passages";

type Params = { workspace: string };

/** Passages containing a quote or phrase (?q=), exact first, then alias/spelling variants, then near quotes. */
export const GET = apiRoute<Params>(async ({ caller, params, query }) => findPassages(caller, params.workspace, { q: query.get("q") ?? "" }));
