import { getServerSession } from "next-auth";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as tokensRoute from "../../app/api/v1/workspaces/[workspace]/tokens/route";
import * as tokenRoute from "../../app/api/v1/workspaces/[workspace]/tokens/[id]/route";
import * as workspaceRoute from "../../app/api/v1/workspaces/[workspace]/route";
import { hashApiToken } from "../../lib/auth/caller";
import { db } from "../../lib/db/client";
import { callApi, expectAudit, expectError, makeApiTeam, tokenFor } from "../support/api";

// Outside a Next request there is no cookie store, so the session lookup is stood in
// for; everything after it (membership, role, audit) is the real thing.
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<typeof import("next-auth")>()), getServerSession: vi.fn() }));
const session = vi.mocked(getServerSession);
const cookie = { cookie: "next-auth.session-token=stand-in" };

function signIn(userId: string) {
  session.mockResolvedValue({ user: { id: userId }, expires: new Date(Date.now() + 3_600_000).toISOString() });
}

beforeEach(() => session.mockReset());

describe("API tokens", () => {
  it("creates a token through a session, returns the plaintext once and stores only its hash", async () => {
    const team = await makeApiTeam();
    signIn(team.users.viewer.id);
    const created = await callApi(tokensRoute.POST, "POST", { params: team.ws, headers: cookie, body: { name: "  CI pipeline  " } });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^cc_[A-Za-z0-9_-]{43}$/);
    expect(created.body).toMatchObject({ name: "CI pipeline", workspaceId: team.workspace.id, userId: team.users.viewer.id, revokedAt: null });
    expect(created.body).not.toHaveProperty("tokenHash");

    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(row.tokenHash).toBe(hashApiToken(created.body.token));
    expect(row.tokenHash).not.toContain(created.body.token);
    const audit = await expectAudit(team.workspace.id, "apiToken.create", created.body.id, team.users.viewer.id);
    expect(JSON.stringify(audit.after)).not.toContain(created.body.token);
    expect(JSON.stringify(audit.after)).not.toContain(row.tokenHash);

    const used = await callApi(workspaceRoute.GET, "GET", { params: team.ws, token: created.body.token });
    expect(used.body.role).toBe("VIEWER");
  });

  it("refuses to mint a token with a token, and names an invalid field", async () => {
    const team = await makeApiTeam();
    const byToken = await callApi(tokensRoute.POST, "POST", { params: team.ws, token: team.tokens.owner, body: { name: "another" } });
    expectError(byToken, 403, "FORBIDDEN");
    expect(await db.apiToken.count({ where: { workspaceId: team.workspace.id, name: "another" } })).toBe(0);

    signIn(team.users.owner.id);
    expectError(await callApi(tokensRoute.POST, "POST", { params: team.ws, headers: cookie, body: { name: "" } }), 400, "INVALID", "name");
  });

  it("lists and revokes only the caller's own tokens", async () => {
    const team = await makeApiTeam();
    const second = await tokenFor(team.callers.editor, team.workspace.id, "second");
    const listed = await callApi(tokensRoute.GET, "GET", { params: team.ws, token: second });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((t: { name: string }) => t.name).sort()).toEqual(["second", "test token"]);
    expect(listed.body.items.every((t: { userId: string }) => t.userId === team.users.editor.id)).toBe(true);
    expect(JSON.stringify(listed.body)).not.toContain("tokenHash");

    const ownersToken = await db.apiToken.findFirstOrThrow({ where: { workspaceId: team.workspace.id, userId: team.users.owner.id } });
    const other = await callApi(tokenRoute.DELETE, "DELETE", { params: { ...team.ws, id: ownersToken.id }, token: second });
    expectError(other, 404, "NOT_FOUND");
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: ownersToken.id } })).revokedAt).toBeNull();

    const mine = listed.body.items.find((t: { name: string }) => t.name === "test token");
    const revoked = await callApi(tokenRoute.DELETE, "DELETE", { params: { ...team.ws, id: mine.id }, token: second });
    expect(revoked.status).toBe(200);
    await expectAudit(team.workspace.id, "apiToken.revoke", mine.id, team.users.editor.id);
    expectError(await callApi(tokensRoute.GET, "GET", { params: team.ws, token: team.tokens.editor }), 401, "UNAUTHENTICATED");
    expect((await callApi(tokensRoute.GET, "GET", { params: team.ws, token: second })).status).toBe(200);
  });
});
