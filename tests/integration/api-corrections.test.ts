import { describe, expect, it } from "vitest";
import * as correctionsRoute from "../../app/api/v1/workspaces/[workspace]/sources/[id]/corrections/route";
import * as versionsRoute from "../../app/api/v1/workspaces/[workspace]/sources/[id]/versions/route";
import * as versionRoute from "../../app/api/v1/workspaces/[workspace]/sources/[id]/versions/[n]/route";
import * as orphansRoute from "../../app/api/v1/workspaces/[workspace]/excerpts/orphans/route";
import { createClaim } from "../../lib/claims/write-claims";
import { db } from "../../lib/db/client";
import { createExcerpt } from "../../lib/sources/create-excerpt";
import { sha256Hex } from "../../lib/text/anchor";
import { callApi, expectError, makeApiTeam } from "../support/api";
import { makeSource, uniqueSuffix } from "../support/factories";
import { auditMark, auditSince, snapshot } from "../support/more-factories";

const kept = "Officials confirmed the attack on Tuesday.";
const toll = "The ministry said eleven people were killed in the blast.";
const lost = "A second explosion was reported near the market.";

async function makeCitedSource(team: Awaited<ReturnType<typeof makeApiTeam>>) {
  const ws = team.workspace.id;
  const original = `${kept} ${toll} ${lost} Filed ${uniqueSuffix()}.`;
  const corrected = `Update: one sentence added. ${kept} ${toll.replace("eleven", "twelve")} Filed later.`;
  const source = await makeSource(team.callers.editor, ws, original);
  const quote = async (exact: string) => createExcerpt(team.callers.editor, ws, { sourceId: source.id, start: original.indexOf(exact), end: original.indexOf(exact) + exact.length });
  const excerpts = { kept: await quote(kept), toll: await quote(toll), lost: await quote(lost) };
  const claim = await createClaim(team.callers.editor, ws, { statement: `Two blasts ${uniqueSuffix()}`, kind: "STATEMENT", excerptIds: [excerpts.lost.id, excerpts.toll.id] });
  return { ws, source, original, corrected, excerpts, claim, params: { workspace: ws, id: source.id } };
}

describe("API source corrections", () => {
  it("corrects a text and reports every excerpt: moved, fuzzy-matched with its score, orphaned, with the claims citing it", async () => {
    const team = await makeApiTeam();
    const { ws, source, original, corrected, excerpts, claim, params } = await makeCitedSource(team);
    const mark = await auditMark();
    const reply = await callApi(correctionsRoute.POST, "POST", { params, token: team.tokens.editor, body: { version: 1, text: corrected, note: "Toll corrected" } });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ sourceId: source.id, version: 2, textVersion: 2, textSha256: sha256Hex(corrected) });
    const rows = new Map(reply.body.rows.map((row: { excerptId: string }) => [row.excerptId, row]));
    expect(reply.body.rows.map((row: { status: string }) => row.status)).toEqual(["ORPHANED", "FUZZY", "MOVED"]);
    expect(rows.get(excerpts.kept.id)).toMatchObject({ status: "MOVED", score: 1, exact: kept, to: { start: corrected.indexOf(kept) }, claims: [] });
    const fuzzy = rows.get(excerpts.toll.id) as { score: number; exact: string; previousExact: string; claims: unknown[] };
    expect(fuzzy).toMatchObject({ status: "FUZZY", exact: toll.replace("eleven", "twelve"), previousExact: toll, claims: [{ id: claim.id, relation: "APPEARS" }] });
    expect(fuzzy.score).toBeGreaterThan(0.8);
    expect(fuzzy.score).toBeLessThan(1);
    expect(rows.get(excerpts.lost.id)).toMatchObject({ status: "ORPHANED", exact: lost, to: null, from: { start: original.indexOf(lost) }, claims: [{ id: claim.id, statement: claim.statement }] });
    const audits = await auditSince(ws, mark);
    expect(audits.map((a) => [a.action, a.entityType, a.userId])).toEqual([
      ["source.correctText", "Source", team.users.editor.id],
      ...Array.from({ length: 3 }, () => ["source.correctText", "Excerpt", team.users.editor.id]),
    ]);

    const versions = await callApi(versionsRoute.GET, "GET", { params, token: team.tokens.viewer });
    expect(versions.status).toBe(200);
    expect(versions.body.items).toMatchObject([
      { textVersion: 2, textSha256: sha256Hex(corrected), current: true, correctionNote: "Toll corrected", length: corrected.length },
      { textVersion: 1, textSha256: sha256Hex(original), current: false, correctionNote: "" },
    ]);
    expect(versions.body.items[0]).not.toHaveProperty("text");
    const old = await callApi(versionRoute.GET, "GET", { params: { ...params, n: "1" }, token: team.tokens.viewer });
    expect(old.body).toMatchObject({ textVersion: 1, text: original, textSha256: sha256Hex(original), current: false, latestVersion: 2, note: "Toll corrected" });
    const current = await callApi(versionRoute.GET, "GET", { params: { ...params, n: "2" }, token: team.tokens.viewer });
    expect(current.body).toMatchObject({ textVersion: 2, text: corrected, current: true });
    expectError(await callApi(versionRoute.GET, "GET", { params: { ...params, n: "3" }, token: team.tokens.viewer }), 404, "NOT_FOUND");
    expectError(await callApi(versionRoute.GET, "GET", { params: { ...params, n: "first" }, token: team.tokens.viewer }), 404, "NOT_FOUND");

    const orphans = await callApi(orphansRoute.GET, "GET", { params: { workspace: ws }, token: team.tokens.viewer });
    expect(orphans.body.items).toHaveLength(1);
    expect(orphans.body.items[0]).toMatchObject({ id: excerpts.lost.id, exact: lost, textVersion: 1, textSha256: sha256Hex(original), source: { id: source.id, textVersion: 2 } });
    expect(orphans.body.items[0].appearances).toEqual([{ claim: { id: claim.id, statement: claim.statement } }]);
    const bySource = await callApi(orphansRoute.GET, "GET", { params: { workspace: ws }, token: team.tokens.viewer, query: { sourceId: source.id } });
    expect(bySource.body.items.map((o: { id: string }) => o.id)).toEqual([excerpts.lost.id]);
  });

  it("refuses a stale version with 409, a viewer with 403, signed-out with 401 and another workspace's source with 404, storing nothing", async () => {
    const team = await makeApiTeam();
    const other = await makeApiTeam();
    const { ws, source, corrected, params } = await makeCitedSource(team);
    const foreign = await makeCitedSource(other);
    const before = await snapshot(ws, other.workspace.id);
    const body = { version: 1, text: corrected, note: "x" };

    expectError(await callApi(correctionsRoute.POST, "POST", { params, token: team.tokens.viewer, body }), 403, "FORBIDDEN");
    expectError(await callApi(correctionsRoute.POST, "POST", { params, token: team.tokens.reviewer, body }), 403, "FORBIDDEN");
    expectError(await callApi(correctionsRoute.POST, "POST", { params, body }), 401, "UNAUTHENTICATED");
    expectError(await callApi(correctionsRoute.POST, "POST", { params, token: other.tokens.editor, body }), 404, "NOT_FOUND");
    // The other workspace's source, named through this workspace: not found, and neither workspace changes.
    expectError(await callApi(correctionsRoute.POST, "POST", { params: { workspace: ws, id: foreign.source.id }, token: team.tokens.editor, body }), 404, "NOT_FOUND");
    expectError(await callApi(versionsRoute.GET, "GET", { params: { workspace: ws, id: foreign.source.id }, token: team.tokens.viewer }), 404, "NOT_FOUND");
    expectError(await callApi(versionRoute.GET, "GET", { params: { workspace: ws, id: foreign.source.id, n: "1" }, token: team.tokens.viewer }), 404, "NOT_FOUND");
    expectError(await callApi(orphansRoute.GET, "GET", { params: { workspace: ws }, token: team.tokens.viewer, query: { sourceId: foreign.source.id } }), 404, "NOT_FOUND");
    expectError(await callApi(correctionsRoute.POST, "POST", { params, token: team.tokens.editor, body: { version: 1, text: "" } }), 400, "INVALID", "text");
    expectError(await callApi(correctionsRoute.POST, "POST", { params, token: team.tokens.editor, body: { version: 1, text: (await db.source.findUniqueOrThrow({ where: { id: source.id } })).text } }), 400, "INVALID", "text");
    expect(await snapshot(ws, other.workspace.id)).toEqual(before);

    expect((await callApi(correctionsRoute.POST, "POST", { params, token: team.tokens.owner, body })).status).toBe(200);
    const afterFirst = await snapshot(ws);
    const stale = await callApi(correctionsRoute.POST, "POST", { params, token: team.tokens.editor, body: { ...body, text: `${corrected} Again.` } });
    expectError(stale, 409, "CONFLICT");
    expect(await snapshot(ws)).toEqual(afterFirst);
    expect(await db.sourceRevision.count({ where: { sourceId: source.id } })).toBe(1);
  });
});
