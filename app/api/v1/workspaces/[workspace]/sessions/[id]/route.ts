import { apiRoute } from "@/lib/api/handler";
import { getSession } from "@/lib/reviews/read-sessions";

type Params = { workspace: string; id: string };

/** The session as the caller may see it: others' ratings only for revealed items. */
export const GET = apiRoute<Params>(async ({ caller, params }) => getSession(caller, params.workspace, params.id));
