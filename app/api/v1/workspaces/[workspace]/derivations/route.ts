import { apiRoute, created } from "../../../../../../lib/api/handler";
import { markDerived } from "../../../../../../lib/sources/derivations";

type Params = { workspace: string };

/** Marks a source as derived from another; marking the same pair again changes its kind and note. */
export const POST = apiRoute<Params>(async ({ caller, params, body }) => created(await markDerived(caller, params.workspace, await body())));
