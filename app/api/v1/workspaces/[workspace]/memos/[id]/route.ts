import { apiRoute } from "../../../../../../../lib/api/handler";
import { patchInput } from "../../../../../../../lib/api/patch";
import { assembleMemo, getMemo } from "../../../../../../../lib/memos/read-memos";
import { updateMemo } from "../../../../../../../lib/memos/write-memos";
import { AppError } from "../../../../../../../lib/errors";

type Params = { workspace: string; id: string };

function revisionOf(query: URLSearchParams) {
  const raw = query.get("version");
  if (raw === null) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new AppError("INVALID", "version: must be a whole number, 1 or more", { version: ["must be a whole number, 1 or more"] });
  return n;
}

/** The memo, one version's content (latest unless ?version=N), its versions, and the assembled document with flags. */
export const GET = apiRoute<Params>(async ({ caller, params, query, }) => {
  const revision = revisionOf(query);
  const memo = await getMemo(caller, params.workspace, params.id, revision);
  const document = await assembleMemo(caller, params.workspace, params.id, { revision });
  const { citations, ...rest } = document;
  return { ...memo, document: { ...rest, citations: citations.map(({ csl: _csl, ...c }) => c) } };
});

/** Saves a new version; send the `version` you read. Fields left out keep their values. */
export const PATCH = apiRoute<Params>(async ({ caller, params, body }) => {
  const { content } = await getMemo(caller, params.workspace, params.id);
  return updateMemo(caller, params.workspace, patchInput(content, await body(), params.id));
});
