import { describe, expect, it } from "vitest";
import * as actorsRoute from "../../app/api/v1/workspaces/[workspace]/actors/route";
import * as claimsRoute from "../../app/api/v1/workspaces/[workspace]/claims/route";
import * as claimRoute from "../../app/api/v1/workspaces/[workspace]/claims/[id]/route";
import * as appearancesRoute from "../../app/api/v1/workspaces/[workspace]/claims/[id]/appearances/route";
import * as evidenceRoute from "../../app/api/v1/workspaces/[workspace]/evidence/route";
import * as evidenceLinkRoute from "../../app/api/v1/workspaces/[workspace]/evidence/[id]/route";
import { createExcerpt } from "../../lib/sources/create-excerpt";
import { db } from "../../lib/db/client";
import { callApi, expectAudit, expectError, makeApiTeam } from "../support/api";
import { makeClaimWithPassage, makeSource } from "../support/factories";

describe("API claims", () => {
  it("creates a numeric claim by an actor, lists it and reads it with its passages", async () => {
    const team = await makeApiTeam();
    const base = { params: team.ws, token: team.tokens.editor };
    const actor = await callApi(actorsRoute.POST, "POST", { ...base, body: { name: "Islamic State Khorasan", kind: "ORGANISATION", aliases: [{ alias: "ISKP" }, { alias: "داعش", language: "fa" }] } });
    expect(actor.status).toBe(201);
    const { excerpt } = await makeClaimWithPassage(team.callers.editor, team.workspace.id);

    const created = await callApi(claimsRoute.POST, "POST", {
      ...base,
      body: { statement: "IS-K carried out 4 attacks", kind: "NUMERIC", claimantId: actor.body.id, numericValue: 4, numericUnit: "attacks", madeAt: "2022-05-10", madePrecision: "DAY", excerptIds: [excerpt.id] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ statement: "IS-K carried out 4 attacks", kind: "NUMERIC", numericValue: 4, numericUnit: "attacks", madeAt: "2022-05-10T00:00:00.000Z", version: 1 });
    await expectAudit(team.workspace.id, "claim.create", created.body.id, team.users.editor.id);

    const listed = await callApi(claimsRoute.GET, "GET", { params: team.ws, token: team.tokens.viewer });
    const mine = listed.body.items.find((c: { id: string }) => c.id === created.body.id);
    expect(mine).toMatchObject({ claimant: { id: actor.body.id, name: "Islamic State Khorasan" }, _count: { appearances: 1, evidence: 0, disputes: 0 } });
    expect(listed.body.items).toHaveLength(2);

    const read = await callApi(claimRoute.GET, "GET", { params: { ...team.ws, id: created.body.id }, token: team.tokens.viewer });
    expect(read.body.appearances.map((a: { excerpt: { exact: string } }) => a.excerpt.exact)).toEqual(["Without doubt, Daesh has been defeated and suppressed."]);
    expect(read.body.appearances[0].excerpt.source.title).toBe("Test article");
  });

  it("names the field that is wrong", async () => {
    const team = await makeApiTeam();
    const base = { params: team.ws, token: team.tokens.editor };
    const badKind = await callApi(claimsRoute.POST, "POST", { ...base, body: { statement: "x", kind: "RUMOUR" } });
    expectError(badKind, 400, "INVALID", "kind");
    expect(badKind.body.error.fields.kind).toEqual(["must be one of: statement, denial, claim of responsibility, assessment, numeric"]);
    expectError(await callApi(claimsRoute.POST, "POST", { ...base, body: { statement: "x", kind: "NUMERIC", numericValue: 3 } }), 400, "INVALID", "numericUnit");
    expectError(await callApi(claimsRoute.POST, "POST", { ...base, body: { statement: "x", kind: "STATEMENT", madeAt: "2022-02-30" } }), 400, "INVALID", "madeAt");
    expectError(await callApi(claimsRoute.POST, "POST", { ...base, body: { statement: "x", kind: "STATEMENT", excerptIds: ["nope"] } }), 400, "INVALID", "excerptIds");
    expect(await db.claim.count({ where: { workspaceId: team.workspace.id } })).toBe(0);
  });

  it("patches a claim, keeps the first edit on a stale version, and attaches an appearance", async () => {
    const team = await makeApiTeam();
    const { claim, source } = await makeClaimWithPassage(team.callers.editor, team.workspace.id);
    const params = { ...team.ws, id: claim.id };

    const first = await callApi(claimRoute.PATCH, "PATCH", { params, token: team.tokens.editor, body: { version: 1, statement: "ISKP has been suppressed" } });
    expect(first.body).toEqual({ id: claim.id, version: 2 });
    const audit = await expectAudit(team.workspace.id, "claim.update", claim.id, team.users.editor.id);
    expect(audit.before).toMatchObject({ statement: "ISKP has been defeated" });
    expectError(await callApi(claimRoute.PATCH, "PATCH", { params, token: team.tokens.owner, body: { version: 1, statement: "Second edit" } }), 409, "CONFLICT");
    const read = await callApi(claimRoute.GET, "GET", { params, token: team.tokens.viewer });
    expect(read.body).toMatchObject({ statement: "ISKP has been suppressed", kind: "STATEMENT", madeAt: "2022-05-01T00:00:00.000Z", madePrecision: "MONTH", version: 2 });

    const start = source.text.indexOf("IS-K claimed");
    const excerpt = await createExcerpt(team.callers.editor, team.workspace.id, { sourceId: source.id, start, end: start + 12 });
    const attached = await callApi(appearancesRoute.POST, "POST", { params, token: team.tokens.editor, body: { excerptId: excerpt.id } });
    expect(attached.status).toBe(201);
    expect(attached.body).toMatchObject({ claimId: claim.id, excerptId: excerpt.id });
    await expectAudit(team.workspace.id, "claim.attachAppearance", attached.body.id, team.users.editor.id);
    expectError(await callApi(appearancesRoute.POST, "POST", { params, token: team.tokens.reviewer, body: { excerptId: excerpt.id } }), 403, "FORBIDDEN");
    expectError(await callApi(appearancesRoute.POST, "POST", { params, token: team.tokens.editor, body: { excerptId: "missing" } }), 404, "NOT_FOUND");
  });
});

describe("API evidence", () => {
  it("links, reads, restates and deletes evidence, with versions", async () => {
    const team = await makeApiTeam();
    const { claim } = await makeClaimWithPassage(team.callers.editor, team.workspace.id);
    const report = await makeSource(team.callers.editor, team.workspace.id, "UNAMA recorded 4 attacks claimed by IS-K in May 2022.");
    const excerpt = await createExcerpt(team.callers.editor, team.workspace.id, { sourceId: report.id, start: 0, end: 26 });
    const base = { params: team.ws, token: team.tokens.editor };

    const created = await callApi(evidenceRoute.POST, "POST", { ...base, body: { claimId: claim.id, excerptId: excerpt.id, stance: "CONTRADICTS", note: "Attacks continued" } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ claimId: claim.id, excerptId: excerpt.id, incidentId: null, stance: "CONTRADICTS", note: "Attacks continued", version: 1 });
    const id = created.body.id;
    await expectAudit(team.workspace.id, "evidence.create", id, team.users.editor.id);

    const read = await callApi(evidenceLinkRoute.GET, "GET", { params: { ...team.ws, id }, token: team.tokens.viewer });
    expect(read.body).toMatchObject({ claim: { id: claim.id }, excerpt: { exact: "UNAMA recorded 4 attacks c", source: { id: report.id } } });
    const onClaim = await callApi(claimRoute.GET, "GET", { params: { ...team.ws, id: claim.id }, token: team.tokens.viewer });
    expect(onClaim.body.evidence.map((e: { id: string; stance: string }) => [e.id, e.stance])).toEqual([[id, "CONTRADICTS"]]);

    const patched = await callApi(evidenceLinkRoute.PATCH, "PATCH", { params: { ...team.ws, id }, token: team.tokens.editor, body: { version: 1, stance: "CONTEXT" } });
    expect(patched.body).toEqual({ id, version: 2 });
    await expectAudit(team.workspace.id, "evidence.update", id, team.users.editor.id);
    expect((await db.evidenceLink.findUniqueOrThrow({ where: { id } })).note).toBe("Attacks continued");
    expectError(await callApi(evidenceLinkRoute.PATCH, "PATCH", { params: { ...team.ws, id }, token: team.tokens.editor, body: { version: 2, stance: "MAYBE" } }), 400, "INVALID", "stance");

    expectError(await callApi(evidenceLinkRoute.DELETE, "DELETE", { params: { ...team.ws, id }, token: team.tokens.viewer, body: { version: 2 } }), 403, "FORBIDDEN");
    expectError(await callApi(evidenceLinkRoute.DELETE, "DELETE", { params: { ...team.ws, id }, token: team.tokens.editor, body: { version: 1 } }), 409, "CONFLICT");
    expect(await db.evidenceLink.count({ where: { id } })).toBe(1);
    const deleted = await callApi(evidenceLinkRoute.DELETE, "DELETE", { params: { ...team.ws, id }, token: team.tokens.editor, query: { version: "2" } });
    expect(deleted.body).toEqual({ id });
    await expectAudit(team.workspace.id, "evidence.delete", id, team.users.editor.id);
    expectError(await callApi(evidenceLinkRoute.GET, "GET", { params: { ...team.ws, id }, token: team.tokens.viewer }), 404, "NOT_FOUND");
  });

  it("needs exactly one thing cited", async () => {
    const team = await makeApiTeam();
    const { claim, excerpt } = await makeClaimWithPassage(team.callers.editor, team.workspace.id);
    const nothing = await callApi(evidenceRoute.POST, "POST", { params: team.ws, token: team.tokens.editor, body: { claimId: claim.id, stance: "SUPPORTS" } });
    expectError(nothing, 400, "INVALID", "excerptId");
    const self = await callApi(evidenceRoute.POST, "POST", { params: team.ws, token: team.tokens.editor, body: { claimId: claim.id, fromClaimId: claim.id, stance: "SUPPORTS" } });
    expectError(self, 400, "INVALID", "fromClaimId");
    const ok = await callApi(evidenceRoute.POST, "POST", { params: team.ws, token: team.tokens.editor, body: { claimId: claim.id, excerptId: excerpt.id, stance: "SUPPORTS" } });
    expect(ok.status).toBe(201);
  });
});
