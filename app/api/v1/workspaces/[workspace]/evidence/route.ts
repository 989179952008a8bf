import { apiRoute, created } from "../../../../../../lib/api/handler";
import { createEvidenceLink } from "../../../../../../lib/evidence/write-evidence";

type Params = { workspace: string };

/** Links exactly one of an excerpt, an incident or another claim to a claim, with a stance. */
export const POST = apiRoute<Params>(async ({ caller, params, body }) => created(await createEvidenceLink(caller, params.workspace, await body())));
