// The data the authorization matrix calls against: workspace A with one member per
// role and some real rows, a workspace B with its own members, and a user in no workspace.
import { createApiToken } from "../../lib/auth/api-tokens";
import { initialFormState } from "../../lib/actions/form-state";
import { createDispute } from "../../lib/disputes/write-disputes";
import { db } from "../../lib/db/client";
import { addMember } from "../../lib/workspaces/write-workspaces";
import { makeClaimWithPassage, makeTeam, makeUser } from "./factories";
import { createMemo } from "../../lib/memos/write-memos";
import { createTag } from "../../lib/tags/write-tags";
import { makeIncident } from "./more-factories";
import type { Cell } from "./authz-table";

export async function makeWorld() {
  // One after another: eleven password hashes at once can starve a busy machine's pool.
  const a = await makeTeam();
  const b = await makeTeam();
  const loner = await makeUser("loner");
  const spare = await makeUser("spare");
  const owner = a.callers.owner;
  const { source, excerpt, claim } = await makeClaimWithPassage(owner, a.workspace.id);
  const dispute = await createDispute(owner, a.workspace.id, { proposition: "ISKP was defeated in 2022" });
  const incident = await makeIncident(owner, a.workspace.id);
  const tag = await createTag(owner, a.workspace.id, { name: `matrix ${a.workspace.slug}` });
  const memo = await createMemo(owner, a.workspace.id, { title: "Matrix memo" });
  const token = await createApiToken(a.callers.viewer, a.workspace.id, { name: "matrix" });
  // Member writes go to a spare member's membership, so the callers' own roles never change.
  await addMember(owner, a.workspace.id, { userId: spare.id, role: "VIEWER" });
  const membership = await db.membership.findFirstOrThrow({ where: { workspaceId: a.workspace.id, userId: spare.id } });
  const users: Record<Cell, string | null> = {
    owner: a.users.owner.id,
    editor: a.users.editor.id,
    reviewer: a.users.reviewer.id,
    viewer: a.users.viewer.id,
    otherOwner: b.users.owner.id,
    otherEditor: b.users.editor.id,
    otherReviewer: b.users.reviewer.id,
    otherViewer: b.users.viewer.id,
    nonMember: loner.id,
    signedOut: null,
  };
  return {
    workspace: a.workspace.id,
    users,
    state: initialFormState,
    sourceId: source.id,
    excerptId: excerpt.id,
    claimId: claim.id,
    disputeId: dispute.id,
    incidentId: incident.id,
    tokenId: token.id,
    tagId: tag.id,
    memoId: memo.id,
    membershipId: membership.id,
    // Ids no row has: an allowed caller gets "… not found" for them, never "Workspace not found".
    sessionId: "matrix-missing-session",
    missingId: "matrix-missing-id",
  };
}

export type World = Awaited<ReturnType<typeof makeWorld>>;

/** The value for one dynamic segment of a route path, judged by the folder before it. */
export function paramFor(world: World, parent: string, name: string): string {
  if (name === "workspace") return world.workspace;
  if (name === "n") return "1";
  if (name === "format") return "md";
  if (name === "claimId") return world.claimId;
  if (name === "tagId") return world.tagId;
  if (name !== "id") return world.missingId;
  const byCollection: Record<string, string> = {
    claims: world.claimId,
    disputes: world.disputeId,
    excerpts: world.excerptId,
    incidents: world.incidentId,
    members: world.membershipId,
    sources: world.sourceId,
    tokens: world.tokenId,
    tags: world.tagId,
    memos: world.memoId,
    sessions: world.sessionId,
  };
  return byCollection[parent] ?? world.missingId;
}

/** The form an action gets: the workspace and the ids of the world, nothing else. */
export function worldForm(world: World, extra: Record<string, string | Blob> = {}): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries({
    workspace: world.workspace,
    id: world.missingId,
    claimId: world.claimId,
    sourceId: world.sourceId,
    disputeId: world.disputeId,
    membershipId: world.membershipId,
    tagId: world.tagId,
    ...extra,
  })) {
    form.set(key, value);
  }
  return form;
}
