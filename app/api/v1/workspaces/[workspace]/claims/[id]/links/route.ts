import { apiRoute, created } from "../../../../../../../../lib/api/handler";
import { linkClaims, listClaimLinks } from "../../../../../../../../lib/claims/links";

type Params = { workspace: string; id: string };

/** `{ outgoing, incoming }`: this claim's links to others, and others' links to it. */
export const GET = apiRoute<Params>(async ({ caller, params }) => listClaimLinks(caller, params.workspace, params.id));

/** `{ type, toClaimId | incidentId, note? }` from this claim. */
export const POST = apiRoute<Params>(async ({ caller, params, body }) => created(await linkClaims(caller, params.workspace, { ...(await body()), fromClaimId: params.id })));
