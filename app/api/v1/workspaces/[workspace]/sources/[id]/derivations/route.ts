import { apiRoute } from "../../../../../../../../lib/api/handler";
import { sourceProvenance } from "../../../../../../../../lib/sources/derivations";

type Params = { workspace: string; id: string };

/** What the source derives from and what derives from it. */
export const GET = apiRoute<Params>(async ({ caller, params }) => {
  const { derivedFrom, copies } = await sourceProvenance(caller, params.workspace, params.id);
  return { derivedFrom, copies };
});
