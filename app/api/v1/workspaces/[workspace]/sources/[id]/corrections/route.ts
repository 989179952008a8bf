import { apiRoute } from "../../../../../../../../lib/api/handler";
import { correctSourceText } from "../../../../../../../../lib/sources/correct-source";
import { describeCorrection } from "../../../../../../../../lib/sources/correction-report";

type Params = { workspace: string; id: string };

/** Replaces the text (`version`, `text`, `note`), keeping the old one; returns how each excerpt was re-anchored. */
export const POST = apiRoute<Params>(async ({ caller, params, body }) => {
  const correction = await correctSourceText(caller, params.workspace, { ...(await body()), sourceId: params.id });
  return describeCorrection(caller, params.workspace, correction);
});
