import { describe, expect, it } from "vitest";
import { createUser } from "../../lib/auth/create-user";
import { requireMember } from "../../lib/auth/guards";
import { verifyPassword } from "../../lib/auth/password";
import { db } from "../../lib/db/client";
import { getWorkspace, getWorkspaceCounts, listMyWorkspaces } from "../../lib/workspaces/read-workspaces";
import { addMember, createWorkspace } from "../../lib/workspaces/write-workspaces";
import { makeTeam, makeUser, TEST_PASSWORD, uniqueSuffix } from "../support/factories";
import { auditMark, expectAccessRules, expectAudited, expectRefused, makeTeamWithSecondWorkspace } from "../support/more-factories";

describe("createUser", () => {
  it("registers with a lower-cased email and an argon2id hash, audited once, never returning the hash", async () => {
    const mark = await auditMark();
    const email = `New.Analyst-${uniqueSuffix()}@Example.test`;
    const user = await createUser({ email: ` ${email} `, name: " New Analyst ", password: TEST_PASSWORD });
    expect(user).toMatchObject({ email: email.toLowerCase(), name: "New Analyst" });
    expect(user).not.toHaveProperty("passwordHash");
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(passwordHash, TEST_PASSWORD)).toBe(true);
    expect(await verifyPassword(passwordHash, "wrong password!")).toBe(false);
    const rows = await db.auditEvent.findMany({ where: { entityId: user.id, id: { gt: mark } } });
    expect(rows.map((r) => [r.action, r.workspaceId, r.userId])).toEqual([["user.create", null, user.id]]);
    expect(JSON.stringify(rows[0].after)).not.toContain("argon2");
  });

  it("needs 12 to 128 characters of password and a free email, storing nothing otherwise", async () => {
    const email = `len-${uniqueSuffix()}@example.test`;
    for (const [password, ok] of [["a".repeat(11), false], ["a".repeat(12), true], ["a".repeat(129), false]] as const) {
      const attempt = createUser({ email: ok ? email : `x-${uniqueSuffix()}@example.test`, name: "n", password });
      if (ok) await expect(attempt).resolves.toMatchObject({ email });
      else await expect(attempt).rejects.toMatchObject({ code: "INVALID", fieldErrors: { password: [expect.any(String)] } });
    }
    await expect(createUser({ email: `max-${uniqueSuffix()}@example.test`, name: "n", password: "b".repeat(128) })).resolves.toBeDefined();
    await expect(createUser({ email: email.toUpperCase(), name: "n", password: TEST_PASSWORD })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { email: [expect.any(String)] } });
    await expect(createUser({ email: "not-an-email", name: "n", password: TEST_PASSWORD })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { email: [expect.any(String)] } });
    expect(await db.user.count({ where: { email: email.toUpperCase() } })).toBe(0);
    expect(await db.user.count({ where: { email: "not-an-email" } })).toBe(0);
  });
});

describe("createWorkspace", () => {
  it("makes the creator its only member, as owner, audited once", async () => {
    const creator = await makeUser("creator");
    const slug = `Field-Desk-${uniqueSuffix()}`;
    const mark = await auditMark();
    const workspace = await createWorkspace(creator.caller, { slug, name: "Field desk", description: "" });
    expect(workspace).toMatchObject({ slug: slug.toLowerCase(), name: "Field desk", description: "" });
    const rows = await db.auditEvent.findMany({ where: { workspaceId: workspace.id, id: { gt: mark } } });
    expect(rows.map((r) => [r.action, r.entityType, r.entityId, r.userId])).toEqual([["workspace.create", "Workspace", workspace.id, creator.id]]);
    const members = await db.membership.findMany({ where: { workspaceId: workspace.id } });
    expect(members.map((m) => [m.userId, m.role])).toEqual([[creator.id, "OWNER"]]);
    expect(await listMyWorkspaces(creator.caller)).toEqual([{ id: workspace.id, slug: workspace.slug, name: "Field desk", description: "", role: "OWNER" }]);
    expect(await getWorkspaceCounts(creator.caller, workspace.slug)).toEqual({ sources: 0, claims: 0, disputes: 0, incidents: 0 });
  });

  it("refuses a taken or malformed slug, and a signed-out caller, storing nothing", async () => {
    const creator = await makeUser("creator");
    const slug = `desk-${uniqueSuffix()}`;
    await createWorkspace(creator.caller, { slug, name: "Desk" });
    const before = await db.workspace.count({ where: { slug: { in: [slug, "x", `Bad slug ${slug}`, `anon-${slug}`] } } });
    await expect(createWorkspace(creator.caller, { slug: slug.toUpperCase(), name: "Again" })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { slug: [expect.any(String)] } });
    await expect(createWorkspace(creator.caller, { slug: "x", name: "Short" })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { slug: [expect.any(String)] } });
    await expect(createWorkspace(creator.caller, { slug: `Bad slug ${slug}`, name: "Spaces" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(createWorkspace(null, { slug: `anon-${slug}`, name: "Anonymous" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db.workspace.count({ where: { slug: { in: [slug, "x", `Bad slug ${slug}`, `anon-${slug}`] } } })).toBe(before);
  });
});

describe("addMember", () => {
  it("lets an owner add a person with a role, audited once", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const newcomer = await makeUser("newcomer");
    const { result, rows } = await expectAudited(ws, [["member.add", "Membership"]], () => addMember(team.callers.owner, ws, { userId: newcomer.id, role: "REVIEWER" }));
    expect(result).toMatchObject({ workspaceId: ws, userId: newcomer.id, role: "REVIEWER" });
    expect(rows[0].entityId).toBe(result.id);
    await expect(requireMember(newcomer.caller, ws, "rate")).resolves.toMatchObject({ role: "REVIEWER" });
    await expect(requireMember(newcomer.caller, ws, "edit")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses an existing member and an unknown user, storing nothing", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    await expectRefused("INVALID", [ws], () => addMember(team.callers.owner, ws, { userId: team.users.viewer.id, role: "OWNER" }));
    await expectRefused("NOT_FOUND", [ws], () => addMember(team.callers.owner, ws, { userId: "no-such-user", role: "VIEWER" }));
    await expectRefused("INVALID", [ws], () => addMember(team.callers.owner, ws, { userId: team.users.outsider.id, role: "ADMIN" }));
    expect((await db.membership.findFirstOrThrow({ where: { workspaceId: ws, userId: team.users.viewer.id } })).role).toBe("VIEWER");
  });

  it("is for owners only; an owner of another workspace is an outsider here", async () => {
    const team = await makeTeamWithSecondWorkspace();
    await expectAccessRules(team, ["editor", "reviewer", "viewer"], (caller, ws) => addMember(caller, ws, { userId: team.users.outsider.id, role: "VIEWER" }));
    const otherOwner = await makeUser("other-owner");
    const theirs = await createWorkspace(otherOwner.caller, { slug: `theirs-${uniqueSuffix()}`, name: "Theirs" });
    await expectRefused("NOT_FOUND", [team.workspace.id, theirs.id], () => addMember(otherOwner.caller, team.workspace.id, { userId: otherOwner.id, role: "OWNER" }));
  });
});

describe("requireMember", () => {
  it("finds a workspace by id or slug, and binds an API token to its own workspace", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const owner = team.users.owner.id;
    await expect(requireMember(team.callers.viewer, team.workspace.slug, "read")).resolves.toMatchObject({ workspaceId: team.workspace.id });
    await expect(requireMember({ userId: owner, tokenWorkspaceId: team.workspace.id }, team.workspace.id, "manage")).resolves.toMatchObject({ role: "OWNER" });
    await expect(requireMember({ userId: owner, tokenWorkspaceId: team.workspace.id }, team.other.id, "read")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(requireMember({ userId: owner, tokenWorkspaceId: team.workspace.id }, team.other.slug, "read")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listMyWorkspaces({ userId: owner, tokenWorkspaceId: team.other.id })).toMatchObject([{ id: team.other.id }]);
    expect(await listMyWorkspaces(null)).toEqual([]);
  });
});
