import { describe, expect, it } from "vitest";
import * as memosRoute from "../../app/api/v1/workspaces/[workspace]/memos/route";
import * as memoRoute from "../../app/api/v1/workspaces/[workspace]/memos/[id]/route";
import * as exportRoute from "../../app/api/v1/workspaces/[workspace]/memos/[id]/export/[format]/route";
import * as lookupRoute from "../../app/api/v1/workspaces/[workspace]/lookup/route";
import * as passageRoute from "../../app/api/v1/workspaces/[workspace]/passages/[id]/route";
import { createDispute } from "../../lib/disputes/write-disputes";
import { callApi, expectAudit, makeApiTeam } from "../support/api";
import { makeClaimWithPassage } from "../support/factories";

describe("API memos, lookup and passages", () => {
  it("creates, reads, patches and exports a memo; looks up its quote; cites the passage", async () => {
    const team = await makeApiTeam();
    const { excerpt, claim } = await makeClaimWithPassage(team.callers.editor, team.workspace.id);
    const dispute = await createDispute(team.callers.editor, team.workspace.id, { proposition: "ISKP was defeated", claims: [{ claimId: claim.id, side: "AFFIRMS" }] });
    const editor = { params: team.ws, token: team.tokens.editor };

    const refused = await callApi(memosRoute.POST, "POST", { params: team.ws, token: team.tokens.viewer, body: { title: "No" } });
    expect(refused.status).toBe(403);
    const created = await callApi(memosRoute.POST, "POST", { ...editor, body: { title: "Defeat?", disputeIds: [dispute.id] } });
    expect(created.status).toBe(201);
    await expectAudit(team.workspace.id, "memo.create", created.body.id, team.users.editor.id);
    const id = created.body.id;

    const read = await callApi(memoRoute.GET, "GET", { params: { ...team.ws, id }, token: team.tokens.viewer });
    expect(read.body).toMatchObject({ revision: 1, content: { title: "Defeat?", disputeIds: [dispute.id] } });
    expect(read.body.document.citations[0]).toMatchObject({ excerptId: excerpt.id, exact: excerpt.exact, flag: null });

    const stale = await callApi(memoRoute.PATCH, "PATCH", { ...editor, params: { ...team.ws, id }, body: { version: 2, bluf: "x" } });
    expect(stale.status).toBe(409);
    const patched = await callApi(memoRoute.PATCH, "PATCH", { ...editor, params: { ...team.ws, id }, body: { version: 1, bluf: "It was not.", citationStyle: "apa" } });
    expect(patched.body).toEqual({ id, version: 2 });
    const unknown = await callApi(memoRoute.PATCH, "PATCH", { ...editor, params: { ...team.ws, id }, body: { version: 2, workspaceId: "x" } });
    expect(unknown.status).toBe(400);

    const url = new URL(`http://localhost/api/v1/workspaces/${team.workspace.id}/memos/${id}/export/md?version=1`);
    const response = await exportRoute.GET(new Request(url, { headers: { authorization: `Bearer ${team.tokens.viewer}` } }), { params: Promise.resolve({ ...team.ws, id, format: "md" }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/markdown/);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="defeat-v1.md"; filename*=UTF-8''defeat-v1.md`);
    expect(await response.text()).toContain("Memo Defeat?, version 1, exported");
    const anonymous = await exportRoute.GET(new Request(url), { params: Promise.resolve({ ...team.ws, id, format: "md" }) });
    expect(anonymous.status).toBe(401);
    const badFormat = await exportRoute.GET(new Request(url, { headers: { authorization: `Bearer ${team.tokens.viewer}` } }), { params: Promise.resolve({ ...team.ws, id, format: "exe" }) });
    expect(badFormat.status).toBe(400);

    const found = await callApi(lookupRoute.GET, "GET", { params: team.ws, token: team.tokens.viewer, query: { q: "Daesh has been defeated" } });
    expect(found.body.passages[0]).toMatchObject({ excerptId: excerpt.id, rank: 3, citedBy: { memos: [{ id, title: "Defeat?" }] } });
    const cited = await callApi(passageRoute.GET, "GET", { params: { ...team.ws, id: excerpt.id }, token: team.tokens.viewer, query: { style: "chicago-author-date" } });
    expect(cited.body.style.id).toBe("chicago-author-date");
    expect(cited.body.cite.full).toContain(`Quoted: “${excerpt.exact}”`);
    expect(cited.body.source.text).toBeUndefined();
  });
});
