import { describe, expect, it } from "vitest";
import * as workspacesRoute from "../../app/api/v1/workspaces/route";
import * as workspaceRoute from "../../app/api/v1/workspaces/[workspace]/route";
import * as claimsRoute from "../../app/api/v1/workspaces/[workspace]/claims/route";
import * as claimRoute from "../../app/api/v1/workspaces/[workspace]/claims/[id]/route";
import * as sourceRoute from "../../app/api/v1/workspaces/[workspace]/sources/[id]/route";
import * as sourceExcerptsRoute from "../../app/api/v1/workspaces/[workspace]/sources/[id]/excerpts/route";
import * as excerptRoute from "../../app/api/v1/workspaces/[workspace]/excerpts/[id]/route";
import * as ratingsRoute from "../../app/api/v1/workspaces/[workspace]/ratings/route";
import * as tokenRoute from "../../app/api/v1/workspaces/[workspace]/tokens/[id]/route";
import { createApiToken } from "../../lib/auth/api-tokens";
import { addMember } from "../../lib/workspaces/write-workspaces";
import { callApi, expectError, makeApiTeam, tokenFor } from "../support/api";
import { makeClaimWithPassage } from "../support/factories";

describe("API authentication", () => {
  it("answers 401 without credentials, with an unknown token and with a revoked token", async () => {
    const team = await makeApiTeam();
    const noCredentials = await callApi(claimsRoute.GET, "GET", { params: team.ws });
    expectError(noCredentials, 401, "UNAUTHENTICATED");
    expect(noCredentials.headers.get("cache-control")).toBe("no-store");
    expectError(await callApi(workspacesRoute.GET, "GET", { params: {} }), 401, "UNAUTHENTICATED");
    expectError(await callApi(claimsRoute.GET, "GET", { params: team.ws, token: "cc_not-a-real-token" }), 401, "UNAUTHENTICATED");

    const issued = await createApiToken(team.callers.editor, team.workspace.id, { name: "laptop" });
    expect((await callApi(claimsRoute.GET, "GET", { params: team.ws, token: issued.token })).status).toBe(200);
    const revoked = await callApi(tokenRoute.DELETE, "DELETE", { params: { ...team.ws, id: issued.id }, token: issued.token });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expectError(await callApi(claimsRoute.GET, "GET", { params: team.ws, token: issued.token }), 401, "UNAUTHENTICATED");
  });

  it("finds a workspace by id or by slug and reports the caller's role", async () => {
    const team = await makeApiTeam();
    const byId = await callApi(workspaceRoute.GET, "GET", { params: { workspace: team.workspace.id }, token: team.tokens.reviewer });
    const bySlug = await callApi(workspaceRoute.GET, "GET", { params: { workspace: team.workspace.slug }, token: team.tokens.reviewer });
    expect(byId.status).toBe(200);
    expect(byId.body).toMatchObject({ id: team.workspace.id, slug: team.workspace.slug, name: "Test workspace", role: "REVIEWER" });
    expect(byId.body.counts).toEqual({ sources: 0, claims: 0, disputes: 0, incidents: 0 });
    expect(bySlug.body.id).toBe(team.workspace.id);
  });
});

describe("API tenancy", () => {
  it("binds a token to its workspace: the same user's token for A is NOT_FOUND on B", async () => {
    const a = await makeApiTeam();
    const b = await makeApiTeam();
    // A's editor is also an editor of B, yet their token for A must not open B.
    await addMember(b.callers.owner, b.workspace.id, { userId: a.users.editor.id, role: "EDITOR" });
    const onB = await callApi(claimsRoute.GET, "GET", { params: b.ws, token: a.tokens.editor });
    expectError(onB, 404, "NOT_FOUND");
    const write = await callApi(claimsRoute.POST, "POST", { params: b.ws, token: a.tokens.editor, body: { statement: "x", kind: "STATEMENT" } });
    expectError(write, 404, "NOT_FOUND");

    const mine = await callApi(workspacesRoute.GET, "GET", { params: {}, token: a.tokens.editor });
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((w: { id: string }) => w.id)).toEqual([a.workspace.id]);

    // A token they make for B works there.
    const forB = await tokenFor(a.callers.editor, b.workspace.id);
    expect((await callApi(claimsRoute.GET, "GET", { params: b.ws, token: forB })).status).toBe(200);
  });

  it("answers NOT_FOUND for an id of another workspace, by every kind of route", async () => {
    const a = await makeApiTeam();
    const b = await makeApiTeam();
    const foreign = await makeClaimWithPassage(b.callers.editor, b.workspace.id);
    const token = a.tokens.owner;
    expectError(await callApi(claimRoute.GET, "GET", { params: { ...a.ws, id: foreign.claim.id }, token }), 404, "NOT_FOUND");
    expectError(await callApi(sourceRoute.GET, "GET", { params: { ...a.ws, id: foreign.source.id }, token }), 404, "NOT_FOUND");
    expectError(await callApi(sourceExcerptsRoute.GET, "GET", { params: { ...a.ws, id: foreign.source.id }, token }), 404, "NOT_FOUND");
    expectError(await callApi(excerptRoute.GET, "GET", { params: { ...a.ws, id: foreign.excerpt.id }, token }), 404, "NOT_FOUND");
    expectError(await callApi(ratingsRoute.GET, "GET", { params: a.ws, token, query: { claimId: foreign.claim.id } }), 404, "NOT_FOUND");
    const edit = await callApi(claimRoute.PATCH, "PATCH", { params: { ...a.ws, id: foreign.claim.id }, token, body: { version: 1, statement: "Taken over" } });
    expectError(edit, 404, "NOT_FOUND");

    // And B's own token on A, where B's owner is no member at all.
    expectError(await callApi(claimsRoute.GET, "GET", { params: a.ws, token: b.tokens.owner }), 404, "NOT_FOUND");
    const read = await callApi(claimRoute.GET, "GET", { params: { ...b.ws, id: foreign.claim.id }, token: b.tokens.viewer });
    expect(read.body.statement).toBe("ISKP has been defeated");
  });
});

describe("API roles", () => {
  it("lets a viewer read but not write, and a reviewer rate but not edit", async () => {
    const team = await makeApiTeam();
    const { claim } = await makeClaimWithPassage(team.callers.editor, team.workspace.id);
    const newClaim = { statement: "Daesh is defeated", kind: "STATEMENT" };

    const viewerRead = await callApi(claimsRoute.GET, "GET", { params: team.ws, token: team.tokens.viewer });
    expect(viewerRead.body.items.map((c: { id: string }) => c.id)).toEqual([claim.id]);
    const viewerCreate = await callApi(claimsRoute.POST, "POST", { params: team.ws, token: team.tokens.viewer, body: newClaim });
    expectError(viewerCreate, 403, "FORBIDDEN");
    expect(viewerCreate.body.error.message).toBe("Your role (viewer) cannot create or edit in this workspace");
    const viewerRate = await callApi(ratingsRoute.POST, "POST", {
      params: team.ws,
      token: team.tokens.viewer,
      body: { claimId: claim.id, scale: "LIKELIHOOD", value: "unlikely", rationale: "Attacks continued" },
    });
    expectError(viewerRate, 403, "FORBIDDEN");

    const reviewerEdit = await callApi(claimRoute.PATCH, "PATCH", { params: { ...team.ws, id: claim.id }, token: team.tokens.reviewer, body: { version: 1, statement: "Edited" } });
    expectError(reviewerEdit, 403, "FORBIDDEN");
    const reviewerCreate = await callApi(claimsRoute.POST, "POST", { params: team.ws, token: team.tokens.reviewer, body: newClaim });
    expectError(reviewerCreate, 403, "FORBIDDEN");
    const reviewerRate = await callApi(ratingsRoute.POST, "POST", {
      params: team.ws,
      token: team.tokens.reviewer,
      body: { claimId: claim.id, scale: "LIKELIHOOD", value: "unlikely", rationale: "Attacks continued" },
    });
    expect(reviewerRate.status).toBe(201);

    const editorCreate = await callApi(claimsRoute.POST, "POST", { params: team.ws, token: team.tokens.editor, body: newClaim });
    expect(editorCreate.status).toBe(201);
    expect(editorCreate.body).toMatchObject({ statement: "Daesh is defeated", kind: "STATEMENT", version: 1, createdById: team.users.editor.id });
  });
});
