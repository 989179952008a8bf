// Test data built through the same domain functions the app and the seed use.
import { randomBytes } from "node:crypto";
import { createUser } from "../../lib/auth/create-user";
import { createClaim } from "../../lib/claims/write-claims";
import { createSource } from "../../lib/sources/create-source";
import { createExcerpt } from "../../lib/sources/create-excerpt";
import { addMember, createWorkspace } from "../../lib/workspaces/write-workspaces";
import type { Caller } from "../../lib/auth/caller";

export const TEST_PASSWORD = "correct horse battery staple";
export const roles = ["OWNER", "EDITOR", "REVIEWER", "VIEWER"] as const;
export type RoleKey = "owner" | "editor" | "reviewer" | "viewer";

export const uniqueSuffix = () => randomBytes(5).toString("hex");

export async function makeUser(label = "user") {
  const suffix = uniqueSuffix();
  const user = await createUser({ email: `${label}-${suffix}@test.counterclaim.test`, name: `${label} ${suffix}`, password: TEST_PASSWORD });
  return { ...user, caller: { userId: user.id } as Caller };
}

/** A workspace with one member per role, plus an outsider who belongs to none of it. */
export async function makeTeam() {
  const [owner, editor, reviewer, viewer, outsider] = await Promise.all(
    ["owner", "editor", "reviewer", "viewer", "outsider"].map((label) => makeUser(label)),
  );
  const workspace = await createWorkspace(owner.caller, { slug: `ws-${uniqueSuffix()}`, name: "Test workspace" });
  await addMember(owner.caller, workspace.id, { userId: editor.id, role: "EDITOR" });
  await addMember(owner.caller, workspace.id, { userId: reviewer.id, role: "REVIEWER" });
  await addMember(owner.caller, workspace.id, { userId: viewer.id, role: "VIEWER" });
  const callers: Record<RoleKey | "outsider", Caller> = {
    owner: owner.caller,
    editor: editor.caller,
    reviewer: reviewer.caller,
    viewer: viewer.caller,
    outsider: outsider.caller,
  };
  return { workspace, users: { owner, editor, reviewer, viewer, outsider }, callers };
}

export const sampleText =
  "Zabihullah Mujahid told Radio Azadi: \"Without doubt, Daesh has been defeated and suppressed.\" Days later IS-K claimed attacks in four provinces.";

export async function makeSource(caller: Caller, workspaceId: string, text = `${sampleText} ${uniqueSuffix()}`) {
  const { source } = await createSource(caller, workspaceId, { title: "Test article", publisher: "Test Wire", text });
  return { ...source, text };
}

/** A source, an excerpt of its first quoted sentence, and a claim that appears there. */
export async function makeClaimWithPassage(caller: Caller, workspaceId: string) {
  const source = await makeSource(caller, workspaceId);
  const exact = "Without doubt, Daesh has been defeated and suppressed.";
  const start = source.text.indexOf(exact);
  const excerpt = await createExcerpt(caller, workspaceId, { sourceId: source.id, start, end: start + exact.length, exact });
  const claim = await createClaim(caller, workspaceId, { statement: "ISKP has been defeated", kind: "STATEMENT", madeAt: "2022-05-01", madePrecision: "MONTH", excerptIds: [excerpt.id] });
  return { source, excerpt, claim };
}
