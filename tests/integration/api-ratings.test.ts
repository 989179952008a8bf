import { describe, expect, it } from "vitest";
import * as ratingsRoute from "../../app/api/v1/workspaces/[workspace]/ratings/route";
import * as claimRoute from "../../app/api/v1/workspaces/[workspace]/claims/[id]/route";
import * as sourceRoute from "../../app/api/v1/workspaces/[workspace]/sources/[id]/route";
import { callApi, expectAudit, expectError, makeApiTeam } from "../support/api";
import { makeClaimWithPassage } from "../support/factories";

describe("API ratings", () => {
  it("records a reviewer's rating, needs a reason to change it and keeps the history", async () => {
    const team = await makeApiTeam();
    const { claim } = await makeClaimWithPassage(team.callers.editor, team.workspace.id);
    const rating = { claimId: claim.id, scale: "LIKELIHOOD", value: "unlikely", rationale: "IS-K attacks continued" };
    const base = { params: team.ws, token: team.tokens.reviewer };

    const first = await callApi(ratingsRoute.POST, "POST", { ...base, body: rating });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ ...rating, raterId: team.users.reviewer.id, current: true, supersedesId: null, changeReason: null });
    await expectAudit(team.workspace.id, "rating.create", first.body.id, team.users.reviewer.id);

    const noReason = await callApi(ratingsRoute.POST, "POST", { ...base, body: { ...rating, value: "very unlikely" } });
    expectError(noReason, 400, "INVALID", "changeReason");
    expect(noReason.body.error.fields.changeReason).toEqual(["say why you changed your rating"]);

    const changed = await callApi(ratingsRoute.POST, "POST", { ...base, body: { ...rating, value: "very unlikely", changeReason: "UNAMA report" } });
    expect(changed.status).toBe(201);
    expect(changed.body).toMatchObject({ value: "very unlikely", supersedesId: first.body.id, changeReason: "UNAMA report", current: true });
    // A client still holding the first rating is told it changed, not allowed to lay over it.
    const stale = await callApi(ratingsRoute.POST, "POST", { ...base, body: { ...rating, value: "likely", changeReason: "Taliban denial", replaces: first.body.id } });
    expectError(stale, 409, "CONFLICT");

    const history = await callApi(ratingsRoute.GET, "GET", { params: team.ws, token: team.tokens.viewer, query: { claimId: claim.id } });
    expect(history.status).toBe(200);
    expect(history.body.items.map((r: { value: string; current: boolean }) => [r.value, r.current])).toEqual([
      ["very unlikely", true],
      ["unlikely", false],
    ]);
    expect(history.body.items[0].raterName).toBe(team.users.reviewer.name);

    const read = await callApi(claimRoute.GET, "GET", { params: { ...team.ws, id: claim.id }, token: team.tokens.viewer });
    expect(read.body.ratings.map((r: { id: string }) => r.id)).toEqual([changed.body.id]);
  });

  it("rates a source on the source scale and checks value and target", async () => {
    const team = await makeApiTeam();
    const { claim, source } = await makeClaimWithPassage(team.callers.editor, team.workspace.id);
    const base = { params: team.ws, token: team.tokens.reviewer };

    const rated = await callApi(ratingsRoute.POST, "POST", { ...base, body: { sourceId: source.id, scale: "SOURCE_RELIABILITY", value: "B", rationale: "Established outlet" } });
    expect(rated.status).toBe(201);
    expect(rated.body).toMatchObject({ sourceId: source.id, claimId: null, scale: "SOURCE_RELIABILITY", value: "B" });
    const read = await callApi(sourceRoute.GET, "GET", { params: { ...team.ws, id: source.id }, token: team.tokens.viewer });
    expect(read.body.ratings.map((r: { value: string }) => r.value)).toEqual(["B"]);
    const history = await callApi(ratingsRoute.GET, "GET", { params: team.ws, token: team.tokens.viewer, query: { sourceId: source.id } });
    expect(history.body.items.map((r: { id: string }) => r.id)).toEqual([rated.body.id]);

    const wrongTarget = await callApi(ratingsRoute.POST, "POST", { ...base, body: { claimId: claim.id, scale: "SOURCE_RELIABILITY", value: "B", rationale: "x" } });
    expectError(wrongTarget, 400, "INVALID", "sourceId");
    const wrongValue = await callApi(ratingsRoute.POST, "POST", { ...base, body: { sourceId: source.id, scale: "SOURCE_RELIABILITY", value: "G", rationale: "x" } });
    expectError(wrongValue, 400, "INVALID", "value");
    expect(wrongValue.body.error.fields.value).toEqual(["must be one of: A, B, C, D, E, F"]);
    expectError(await callApi(ratingsRoute.POST, "POST", { ...base, body: { sourceId: "missing", scale: "SOURCE_RELIABILITY", value: "B", rationale: "x" } }), 404, "NOT_FOUND");
  });

  it("asks for exactly one rating target when listing", async () => {
    const team = await makeApiTeam();
    const { claim, source } = await makeClaimWithPassage(team.callers.editor, team.workspace.id);
    expectError(await callApi(ratingsRoute.GET, "GET", { params: team.ws, token: team.tokens.viewer }), 400, "INVALID", "claimId");
    const both = await callApi(ratingsRoute.GET, "GET", { params: team.ws, token: team.tokens.viewer, query: { claimId: claim.id, sourceId: source.id } });
    expectError(both, 400, "INVALID", "claimId");
    const none = await callApi(ratingsRoute.GET, "GET", { params: team.ws, token: team.tokens.viewer, query: { claimId: claim.id } });
    expect(none.body).toEqual({ items: [] });
  });
});
