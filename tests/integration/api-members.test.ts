import { describe, expect, it } from "vitest";
import * as membersRoute from "../../app/api/v1/workspaces/[workspace]/members/route";
import * as memberRoute from "../../app/api/v1/workspaces/[workspace]/members/[id]/route";
import * as workspaceRoute from "../../app/api/v1/workspaces/[workspace]/route";
import { db } from "../../lib/db/client";
import { callApi, expectAudit, expectError, makeApiTeam } from "../support/api";
import { makeUser } from "../support/factories";

describe("API members", () => {
  it("lets only an owner add, re-role and remove members", async () => {
    const team = await makeApiTeam();
    const newcomer = await makeUser("newcomer");
    const invite = { email: newcomer.email, role: "REVIEWER" };

    expectError(await callApi(membersRoute.POST, "POST", { params: team.ws, token: team.tokens.editor, body: invite }), 403, "FORBIDDEN");
    const added = await callApi(membersRoute.POST, "POST", { params: team.ws, token: team.tokens.owner, body: invite });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ workspaceId: team.workspace.id, userId: newcomer.id, role: "REVIEWER", version: 1 });
    await expectAudit(team.workspace.id, "member.add", added.body.id, team.users.owner.id);

    const listed = await callApi(membersRoute.GET, "GET", { params: team.ws, token: team.tokens.viewer });
    expect(listed.body.items).toHaveLength(5);
    expect(listed.body.items.find((m: { userId: string }) => m.userId === newcomer.id).user).toEqual({ id: newcomer.id, name: newcomer.name, email: newcomer.email });
    expect(JSON.stringify(listed.body)).not.toMatch(/passwordHash|\$argon2/);

    const params = { ...team.ws, id: added.body.id };
    expectError(await callApi(memberRoute.PATCH, "PATCH", { params, token: team.tokens.editor, body: { version: 1, role: "EDITOR" } }), 403, "FORBIDDEN");
    expect((await callApi(memberRoute.PATCH, "PATCH", { params, token: team.tokens.owner, body: { version: 1, role: "EDITOR" } })).body).toEqual({ id: added.body.id, version: 2 });
    await expectAudit(team.workspace.id, "member.changeRole", added.body.id, team.users.owner.id);
    expectError(await callApi(memberRoute.PATCH, "PATCH", { params, token: team.tokens.owner, body: { version: 1, role: "VIEWER" } }), 409, "CONFLICT");
    expectError(await callApi(memberRoute.PATCH, "PATCH", { params, token: team.tokens.owner, body: { version: 2, role: "BOSS" } }), 400, "INVALID", "role");
    expectError(await callApi(memberRoute.PATCH, "PATCH", { params, token: team.tokens.owner, body: { version: 2, userId: team.users.owner.id } }), 400, "INVALID", "userId");
    expect((await db.membership.findUniqueOrThrow({ where: { id: added.body.id } })).role).toBe("EDITOR");

    expectError(await callApi(memberRoute.DELETE, "DELETE", { params, token: team.tokens.owner, body: { version: 1 } }), 409, "CONFLICT");
    expect((await callApi(memberRoute.DELETE, "DELETE", { params, token: team.tokens.owner, body: { version: 2 } })).body).toEqual({ id: added.body.id });
    await expectAudit(team.workspace.id, "member.remove", added.body.id, team.users.owner.id);
    expect(await db.membership.count({ where: { id: added.body.id } })).toBe(0);
  });

  it("answers NOT_FOUND for a membership of another workspace, and a removed member's token stops working", async () => {
    const a = await makeApiTeam();
    const b = await makeApiTeam();
    const bViewer = await db.membership.findFirstOrThrow({ where: { workspaceId: b.workspace.id, userId: b.users.viewer.id } });
    const foreign = await callApi(memberRoute.DELETE, "DELETE", { params: { ...a.ws, id: bViewer.id }, token: a.tokens.owner, body: { version: 1 } });
    expectError(foreign, 404, "NOT_FOUND");

    expect((await callApi(workspaceRoute.GET, "GET", { params: b.ws, token: b.tokens.viewer })).status).toBe(200);
    await callApi(memberRoute.DELETE, "DELETE", { params: { ...b.ws, id: bViewer.id }, token: b.tokens.owner, query: { version: "1" } });
    expectError(await callApi(workspaceRoute.GET, "GET", { params: b.ws, token: b.tokens.viewer }), 404, "NOT_FOUND");
  });
});
