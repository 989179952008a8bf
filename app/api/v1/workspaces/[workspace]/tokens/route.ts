import { apiRoute, created, list } from "../../../../../../lib/api/handler";
import { createApiToken, listApiTokens } from "../../../../../../lib/auth/api-tokens";

type Params = { workspace: string };

/** The caller's own tokens in this workspace. */
export const GET = apiRoute<Params>(async ({ caller, params }) => list(await listApiTokens(caller, params.workspace)));

/** A new token; the plaintext `token` is in this response only. */
export const POST = apiRoute<Params>(async ({ caller, params, body }) => created(await createApiToken(caller, params.workspace, await body())));
