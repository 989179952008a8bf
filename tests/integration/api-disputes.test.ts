import { describe, expect, it } from "vitest";
import * as disputesRoute from "../../app/api/v1/workspaces/[workspace]/disputes/route";
import * as disputeRoute from "../../app/api/v1/workspaces/[workspace]/disputes/[id]/route";
import * as disputeClaimsRoute from "../../app/api/v1/workspaces/[workspace]/disputes/[id]/claims/route";
import * as disputeClaimRoute from "../../app/api/v1/workspaces/[workspace]/disputes/[id]/claims/[claimId]/route";
import * as ratingsRoute from "../../app/api/v1/workspaces/[workspace]/ratings/route";
import { createClaim } from "../../lib/claims/write-claims";
import { db } from "../../lib/db/client";
import { createExcerpt } from "../../lib/sources/create-excerpt";
import { callApi, expectAudit, expectError, makeApiTeam } from "../support/api";
import { makeClaimWithPassage, makeSource, type makeTeam } from "../support/factories";

type Team = Awaited<ReturnType<typeof makeTeam>>;

/** A counter-claim quoted by a wire report and by an article copying it: two sources, one origin. */
async function makeCounterclaimWithCopiedSources(team: Team) {
  const wsId = team.workspace.id;
  const wire = await makeSource(team.callers.editor, wsId, "Wire: IS-K claimed attacks in four provinces, the group said.");
  const copy = await makeSource(team.callers.editor, wsId, "Daily: IS-K claimed attacks in four provinces, the group said.");
  await db.sourceDerivation.create({ data: { workspaceId: wsId, sourceId: copy.id, originId: wire.id, kind: "WIRE_COPY" } });
  const at = (text: string) => text.indexOf("IS-K claimed");
  const excerpts = await Promise.all(
    [wire, copy].map((s) => createExcerpt(team.callers.editor, wsId, { sourceId: s.id, start: at(s.text), end: at(s.text) + 40 })),
  );
  return createClaim(team.callers.editor, wsId, { statement: "IS-K is still active", kind: "STATEMENT", excerptIds: excerpts.map((e) => e.id) });
}

describe("API disputes", () => {
  it("creates a dispute, places claims on both sides and shows the board with origins and ratings", async () => {
    const team = await makeApiTeam();
    const { claim: defeated } = await makeClaimWithPassage(team.callers.editor, team.workspace.id);
    const active = await makeCounterclaimWithCopiedSources(team);
    const base = { params: team.ws, token: team.tokens.editor };

    const created = await callApi(disputesRoute.POST, "POST", { ...base, body: { proposition: "ISKP was defeated in 2022", claims: [{ claimId: defeated.id, side: "AFFIRMS" }] } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ proposition: "ISKP was defeated in 2022", summary: "", status: "OPEN", version: 1 });
    const id = created.body.id;
    await expectAudit(team.workspace.id, "dispute.create", id, team.users.editor.id);

    const placed = await callApi(disputeClaimsRoute.POST, "POST", { params: { ...team.ws, id }, token: team.tokens.editor, body: { claimId: active.id, side: "DISPUTES" } });
    expect(placed.status).toBe(200);
    expect(placed.body).toMatchObject({ disputeId: id, claimId: active.id, side: "DISPUTES", position: 1 });
    await expectAudit(team.workspace.id, "dispute.placeClaim", placed.body.id, team.users.editor.id);

    const rated = await callApi(ratingsRoute.POST, "POST", {
      params: team.ws,
      token: team.tokens.reviewer,
      body: { claimId: active.id, scale: "INFO_CREDIBILITY", value: "2", rationale: "Two reports" },
    });
    expect(rated.status).toBe(201);

    const listed = await callApi(disputesRoute.GET, "GET", { params: team.ws, token: team.tokens.viewer });
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0].affirming.map((c: { id: string }) => c.id)).toEqual([defeated.id]);
    expect(listed.body.items[0].disputing.map((c: { id: string }) => c.id)).toEqual([active.id]);

    const board = await callApi(disputeRoute.GET, "GET", { params: { ...team.ws, id }, token: team.tokens.viewer });
    expect(board.status).toBe(200);
    expect(board.body.dispute).toMatchObject({ id, proposition: "ISKP was defeated in 2022" });
    expect(board.body.affirming.map((c: { claim: { id: string } }) => c.claim.id)).toEqual([defeated.id]);
    expect(board.body.affirming[0].corroboration).toMatchObject({ sources: 1, origins: 1 });
    const disputing = board.body.disputing[0];
    expect(disputing.claim.id).toBe(active.id);
    expect(disputing.corroboration).toMatchObject({ sources: 2, origins: 1 });
    expect(disputing.claim.ratings.map((r: { value: string; raterId: string }) => [r.value, r.raterId])).toEqual([["2", team.users.reviewer.id]]);
    expect(board.body.raterNames).toEqual({ [team.users.reviewer.id]: team.users.reviewer.name });
    expect(JSON.stringify(board.body)).not.toMatch(/passwordHash|\$argon2/);
  });

  it("patches status, refuses a stale version and removes a claim from a side", async () => {
    const team = await makeApiTeam();
    const { claim } = await makeClaimWithPassage(team.callers.editor, team.workspace.id);
    const created = await callApi(disputesRoute.POST, "POST", {
      params: team.ws,
      token: team.tokens.editor,
      body: { proposition: "ISKP was defeated", summary: "Taliban statements", claims: [{ claimId: claim.id, side: "AFFIRMS" }] },
    });
    const params = { ...team.ws, id: created.body.id };

    expect((await callApi(disputeRoute.PATCH, "PATCH", { params, token: team.tokens.editor, body: { version: 1, status: "UNDER_REVIEW" } })).body).toEqual({ id: params.id, version: 2 });
    await expectAudit(team.workspace.id, "dispute.update", params.id, team.users.editor.id);
    expectError(await callApi(disputeRoute.PATCH, "PATCH", { params, token: team.tokens.owner, body: { version: 1, status: "CLOSED" } }), 409, "CONFLICT");
    expectError(await callApi(disputeRoute.PATCH, "PATCH", { params, token: team.tokens.owner, body: { version: 2, status: "SETTLED" } }), 400, "INVALID", "status");
    const board = await callApi(disputeRoute.GET, "GET", { params, token: team.tokens.viewer });
    expect(board.body.dispute).toMatchObject({ status: "UNDER_REVIEW", proposition: "ISKP was defeated", summary: "Taliban statements", version: 2 });

    const claimParams = { ...params, claimId: claim.id };
    expectError(await callApi(disputeClaimRoute.DELETE, "DELETE", { params: claimParams, token: team.tokens.viewer }), 403, "FORBIDDEN");
    const removed = await callApi(disputeClaimRoute.DELETE, "DELETE", { params: claimParams, token: team.tokens.editor });
    expect(removed.body).toEqual({ disputeId: params.id, claimId: claim.id });
    const removal = await db.auditEvent.findFirst({ where: { workspaceId: team.workspace.id, action: "dispute.removeClaim" } });
    expect(removal?.userId).toBe(team.users.editor.id);
    expect((await callApi(disputeRoute.GET, "GET", { params, token: team.tokens.viewer })).body.affirming).toEqual([]);
    expectError(await callApi(disputeClaimRoute.DELETE, "DELETE", { params: claimParams, token: team.tokens.editor }), 404, "NOT_FOUND");
  });

  it("keeps claims of another workspace off a dispute", async () => {
    const a = await makeApiTeam();
    const b = await makeApiTeam();
    const { claim: foreign } = await makeClaimWithPassage(b.callers.editor, b.workspace.id);
    const created = await callApi(disputesRoute.POST, "POST", { params: a.ws, token: a.tokens.editor, body: { proposition: "P", claims: [{ claimId: foreign.id, side: "AFFIRMS" }] } });
    expectError(created, 400, "INVALID", "claims");
    const dispute = await callApi(disputesRoute.POST, "POST", { params: a.ws, token: a.tokens.editor, body: { proposition: "P" } });
    const placed = await callApi(disputeClaimsRoute.POST, "POST", { params: { ...a.ws, id: dispute.body.id }, token: a.tokens.editor, body: { claimId: foreign.id, side: "AFFIRMS" } });
    expectError(placed, 404, "NOT_FOUND");
    expect(placed.body.error.message).toBe("Claim not found");
    expectError(await callApi(disputeRoute.GET, "GET", { params: { ...b.ws, id: dispute.body.id }, token: b.tokens.owner }), 404, "NOT_FOUND");
  });
});
