import { apiRoute } from "../../../../../../../lib/api/handler";
import { checkPatchBody, versionOf } from "../../../../../../../lib/api/patch";
import { changeMemberRole, removeMember } from "../../../../../../../lib/workspaces/members";

type Params = { workspace: string; id: string };

/** Changes a member's `role`, the one editable field; a workspace always keeps an owner. */
export const PATCH = apiRoute<Params>(async ({ caller, params, body }) => {
  const input = await body();
  checkPatchBody(input, ["role"]);
  return changeMemberRole(caller, params.workspace, { membershipId: params.id, version: input.version, role: input.role });
});

/** Takes the member out of the workspace (their user account stays). */
export const DELETE = apiRoute<Params>(async ({ caller, params, body, query }) =>
  removeMember(caller, params.workspace, { membershipId: params.id, version: versionOf(await body(), query) }),
);
