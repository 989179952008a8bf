import { apiRoute, created, list } from "@/lib/api/handler";
import { listSessions } from "@/lib/reviews/read-sessions";
import { createSession } from "@/lib/reviews/write-sessions";

type Params = { workspace: string };

/** Review sessions of the workspace, newest first (titles, phases and progress; no ratings). */
export const GET = apiRoute<Params>(async ({ caller, params }) => list(await listSessions(caller, params.workspace)));

/** Opens a session: `{ title, disputeIds, claimIds, participantIds }`; the caller facilitates. */
export const POST = apiRoute<Params>(async ({ caller, params, body }) => created(await createSession(caller, params.workspace, await body())));
