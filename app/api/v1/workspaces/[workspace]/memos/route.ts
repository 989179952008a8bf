import { apiRoute, created, list } from "../../../../../../lib/api/handler";
import { listMemos } from "../../../../../../lib/memos/read-memos";
import { createMemo } from "../../../../../../lib/memos/write-memos";

type Params = { workspace: string };

export const GET = apiRoute<Params>(async ({ caller, params }) => list(await listMemos(caller, params.workspace)));

export const POST = apiRoute<Params>(async ({ caller, params, body }) => created(await createMemo(caller, params.workspace, await body())));
