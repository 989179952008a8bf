import { describe, expect, it } from "vitest";
import * as achRoute from "../../app/api/v1/workspaces/[workspace]/disputes/[id]/ach/route";
import * as cellsRoute from "../../app/api/v1/workspaces/[workspace]/disputes/[id]/ach/cells/route";
import * as evidenceRoute from "../../app/api/v1/workspaces/[workspace]/disputes/[id]/ach/evidence/route";
import * as evidenceRowRoute from "../../app/api/v1/workspaces/[workspace]/disputes/[id]/ach/evidence/[evidenceId]/route";
import * as hypothesesRoute from "../../app/api/v1/workspaces/[workspace]/disputes/[id]/ach/hypotheses/route";
import * as hypothesisRoute from "../../app/api/v1/workspaces/[workspace]/disputes/[id]/ach/hypotheses/[hypothesisId]/route";
import { createDispute } from "../../lib/disputes/write-disputes";
import { callApi, expectAudit, expectError, makeApiTeam } from "../support/api";
import { makeClaimWithPassage } from "../support/factories";

describe("API ACH", () => {
  it("builds a matrix, rates cells and reads the scores, with the usual errors", async () => {
    const team = await makeApiTeam();
    const ws = team.workspace.id;
    const { claim } = await makeClaimWithPassage(team.callers.editor, ws);
    const dispute = await createDispute(team.callers.editor, ws, { proposition: "ISKP was defeated", claims: [{ claimId: claim.id, side: "AFFIRMS" }] });
    const at = { workspace: ws, id: dispute.id };

    const h1 = await callApi(hypothesesRoute.POST, "POST", { params: at, token: team.tokens.editor, body: { label: "H1", statement: "Defeated" } });
    expect(h1.status).toBe(201);
    const h2 = await callApi(hypothesesRoute.POST, "POST", { params: at, token: team.tokens.editor, body: { label: "H2", statement: "Dispersed" } });
    expectError(await callApi(hypothesesRoute.POST, "POST", { params: at, token: team.tokens.reviewer, body: { label: "H3", statement: "x" } }), 403, "FORBIDDEN");
    expectError(await callApi(hypothesesRoute.POST, "POST", { params: at, token: team.tokens.editor, body: { label: "H3" } }), 400, "INVALID", "statement");

    const e1 = await callApi(evidenceRoute.POST, "POST", { params: at, token: team.tokens.editor, body: { claimId: claim.id, credibility: "HIGH", relevance: "HIGH", possiblyDeceptive: true } });
    expect(e1.status).toBe(201);
    expect(e1.body).toMatchObject({ description: "ISKP has been defeated", possiblyDeceptive: true });

    const patched = await callApi(evidenceRowRoute.PATCH, "PATCH", { params: { ...at, evidenceId: e1.body.id }, token: team.tokens.editor, body: { version: 1, relevance: "LOW" } });
    expect(patched.body).toEqual({ id: e1.body.id, version: 2 });
    expectError(await callApi(evidenceRowRoute.PATCH, "PATCH", { params: { ...at, evidenceId: e1.body.id }, token: team.tokens.editor, body: { version: 1, relevance: "HIGH" } }), 409, "CONFLICT");
    expectError(await callApi(evidenceRowRoute.PATCH, "PATCH", { params: { ...at, evidenceId: e1.body.id }, token: team.tokens.editor, body: { version: 2, disputeId: "x" } }), 400, "INVALID", "disputeId");
    const renamed = await callApi(hypothesisRoute.PATCH, "PATCH", { params: { ...at, hypothesisId: h2.body.id }, token: team.tokens.editor, body: { version: 1, label: "H2'" } });
    expect(renamed.body).toEqual({ id: h2.body.id, version: 2 });

    const cells = [
      { hypothesisId: h1.body.id, evidenceId: e1.body.id, consistency: "CC" },
      { hypothesisId: h2.body.id, evidenceId: e1.body.id, consistency: "II" },
    ];
    const rated = await callApi(cellsRoute.POST, "POST", { params: at, token: team.tokens.reviewer, body: { cells } });
    expect(rated.status).toBe(200);
    expect(rated.body.items).toMatchObject([{ consistency: "CC", version: 1 }, { consistency: "II", version: 1 }]);
    await expectAudit(ws, "ach.rateCell", rated.body.items[0].id, team.users.reviewer.id);
    expectError(await callApi(cellsRoute.POST, "POST", { params: at, token: team.tokens.viewer, body: { cells } }), 403, "FORBIDDEN");
    expectError(await callApi(cellsRoute.POST, "POST", { params: at, token: team.tokens.reviewer, body: { cells } }), 409, "CONFLICT");

    // H2 = HIGH × LOW = 2 × 0.5 = 1 weight × II (-2) = -2.
    const matrix = await callApi(achRoute.GET, "GET", { params: at, token: team.tokens.viewer });
    expect(matrix.body.team.score.hypotheses.map((h: { inconsistency: number }) => h.inconsistency)).toEqual([0, -2]);
    const honest = await callApi(achRoute.GET, "GET", { params: at, token: team.tokens.viewer, query: { excludeDeceptive: "true" } });
    expect(honest.body.team.score.hypotheses.map((h: { inconsistency: number }) => h.inconsistency)).toEqual([0, 0]);
    expectError(await callApi(achRoute.GET, "GET", { params: at }), 401, "UNAUTHENTICATED");

    const removed = await callApi(hypothesisRoute.DELETE, "DELETE", { params: { ...at, hypothesisId: h1.body.id }, token: team.tokens.editor, query: { version: "1" } });
    expect(removed.body).toEqual({ id: h1.body.id });
    const gone = await callApi(evidenceRowRoute.DELETE, "DELETE", { params: { ...at, evidenceId: e1.body.id }, token: team.tokens.editor, body: { version: 2 } });
    expect(gone.body).toEqual({ id: e1.body.id });
  });

  it("keeps rows to the dispute in the URL", async () => {
    const team = await makeApiTeam();
    const ws = team.workspace.id;
    const [a, b] = await Promise.all([1, 2].map((n) => createDispute(team.callers.editor, ws, { proposition: `Dispute ${n}` })));
    const h = await callApi(hypothesesRoute.POST, "POST", { params: { workspace: ws, id: a.id }, token: team.tokens.editor, body: { label: "H1", statement: "s" } });
    expectError(await callApi(hypothesisRoute.PATCH, "PATCH", { params: { workspace: ws, id: b.id, hypothesisId: h.body.id }, token: team.tokens.editor, body: { version: 1, label: "x" } }), 404, "NOT_FOUND");
  });
});
