import { describe, expect, it } from "vitest";
import * as sourcesRoute from "../../app/api/v1/workspaces/[workspace]/sources/route";
import * as sourceRoute from "../../app/api/v1/workspaces/[workspace]/sources/[id]/route";
import * as sourceExcerptsRoute from "../../app/api/v1/workspaces/[workspace]/sources/[id]/excerpts/route";
import * as excerptsRoute from "../../app/api/v1/workspaces/[workspace]/excerpts/route";
import * as excerptRoute from "../../app/api/v1/workspaces/[workspace]/excerpts/[id]/route";
import { sha256Hex } from "../../lib/text/anchor";
import { auditCount, callApi, expectAudit, expectError, makeApiTeam } from "../support/api";
import { sampleText, uniqueSuffix } from "../support/factories";

const article = () => ({
  title: "Taliban say Daesh defeated",
  publisher: "Radio Azadi",
  authors: ["A. Reporter"],
  publishedAt: "2022-05-01",
  publishedPrecision: "DAY",
  url: "https://example.org/daesh-defeated",
  text: `${sampleText} ${uniqueSuffix()}`,
});

describe("API sources", () => {
  it("creates, lists and reads a source, and answers a duplicate text with the existing source", async () => {
    const team = await makeApiTeam();
    const input = article();
    const created = await callApi(sourcesRoute.POST, "POST", { params: team.ws, token: team.tokens.editor, body: input });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ duplicate: false, source: { id: expect.any(String), title: "Taliban say Daesh defeated" } });
    const id = created.body.source.id;
    const audit = await expectAudit(team.workspace.id, "source.create", id, team.users.editor.id);
    expect(audit.after).toMatchObject({ title: input.title, textSha256: sha256Hex(input.text) });

    const listed = await callApi(sourcesRoute.GET, "GET", { params: team.ws, token: team.tokens.viewer });
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0]).toMatchObject({ id, publisher: "Radio Azadi", authors: ["A. Reporter"], publishedAt: "2022-05-01T00:00:00.000Z", _count: { excerpts: 0 } });
    expect(listed.body.items[0]).not.toHaveProperty("text");

    const read = await callApi(sourceRoute.GET, "GET", { params: { ...team.ws, id }, token: team.tokens.viewer });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id, text: input.text, textSha256: sha256Hex(input.text), textVersion: 1, version: 1, excerpts: [], ratings: [] });

    const before = await auditCount(team.workspace.id);
    const again = await callApi(sourcesRoute.POST, "POST", { params: team.ws, token: team.tokens.owner, body: { ...input, title: "Copy" } });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ duplicate: true, source: { id, title: "Taliban say Daesh defeated" } });
    expect(await auditCount(team.workspace.id)).toBe(before);
  });

  it("refuses a source from a viewer and one without a title, naming the field", async () => {
    const team = await makeApiTeam();
    expectError(await callApi(sourcesRoute.POST, "POST", { params: team.ws, token: team.tokens.viewer, body: article() }), 403, "FORBIDDEN");
    const untitled = await callApi(sourcesRoute.POST, "POST", { params: team.ws, token: team.tokens.editor, body: { ...article(), title: "  " } });
    expectError(untitled, 400, "INVALID", "title");
    expect(untitled.body.error.fields.title).toEqual(["is required"]);
    const badUrl = await callApi(sourcesRoute.POST, "POST", { params: team.ws, token: team.tokens.editor, body: { ...article(), url: "ftp://x" } });
    expectError(badUrl, 400, "INVALID", "url");
  });

  it("patches metadata, keeps fields left out, and refuses a stale version with 409", async () => {
    const team = await makeApiTeam();
    const { body } = await callApi(sourcesRoute.POST, "POST", { params: team.ws, token: team.tokens.editor, body: article() });
    const params = { ...team.ws, id: body.source.id };

    const first = await callApi(sourceRoute.PATCH, "PATCH", { params, token: team.tokens.editor, body: { version: 1, publisher: "RFE/RL" } });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ id: body.source.id, version: 2 });
    const audit = await expectAudit(team.workspace.id, "source.update", body.source.id, team.users.editor.id);
    expect(audit.after).toMatchObject({ publisher: "RFE/RL", title: "Taliban say Daesh defeated" });

    const stale = await callApi(sourceRoute.PATCH, "PATCH", { params, token: team.tokens.owner, body: { version: 1, publisher: "Someone else" } });
    expectError(stale, 409, "CONFLICT");
    const read = await callApi(sourceRoute.GET, "GET", { params, token: team.tokens.viewer });
    expect(read.body).toMatchObject({
      publisher: "RFE/RL",
      title: "Taliban say Daesh defeated",
      authors: ["A. Reporter"],
      publishedAt: "2022-05-01T00:00:00.000Z",
      url: "https://example.org/daesh-defeated",
      version: 2,
    });

    expectError(await callApi(sourceRoute.PATCH, "PATCH", { params, token: team.tokens.editor, body: { publisher: "x" } }), 400, "INVALID", "version");
    expectError(await callApi(sourceRoute.PATCH, "PATCH", { params, token: team.tokens.editor, body: { version: 2, text: "new" } }), 400, "INVALID", "text");
    expectError(await callApi(sourceRoute.PATCH, "PATCH", { params, token: team.tokens.editor, body: { version: 2, language: "English" } }), 400, "INVALID", "language");
    expectError(await callApi(sourceRoute.PATCH, "PATCH", { params, token: team.tokens.reviewer, body: { version: 2, publisher: "x" } }), 403, "FORBIDDEN");
    expect((await callApi(sourceRoute.GET, "GET", { params, token: team.tokens.viewer })).body.version).toBe(2);
  });
});

describe("API excerpts", () => {
  it("anchors an excerpt and reads it back by source and by id", async () => {
    const team = await makeApiTeam();
    const input = article();
    const { body } = await callApi(sourcesRoute.POST, "POST", { params: team.ws, token: team.tokens.editor, body: input });
    const sourceId = body.source.id;
    const exact = "Daesh has been defeated";
    const start = input.text.indexOf(exact);

    const created = await callApi(excerptsRoute.POST, "POST", {
      params: team.ws,
      token: team.tokens.editor,
      body: { sourceId, start, end: start + exact.length, exact, textSha256: sha256Hex(input.text) },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ sourceId, start, end: start + exact.length, exact, prefix: input.text.slice(Math.max(0, start - 32), start), textVersion: 1, anchorStatus: "ANCHORED" });
    await expectAudit(team.workspace.id, "excerpt.create", created.body.id, team.users.editor.id);

    const bySource = await callApi(sourceExcerptsRoute.GET, "GET", { params: { ...team.ws, id: sourceId }, token: team.tokens.viewer });
    expect(bySource.body.items.map((e: { exact: string }) => e.exact)).toEqual([exact]);
    const byId = await callApi(excerptRoute.GET, "GET", { params: { ...team.ws, id: created.body.id }, token: team.tokens.viewer });
    expect(byId.body).toMatchObject({ exact, source: { id: sourceId, title: "Taliban say Daesh defeated", publisher: "Radio Azadi" } });
    const withSource = await callApi(sourceRoute.GET, "GET", { params: { ...team.ws, id: sourceId }, token: team.tokens.viewer });
    expect(withSource.body.excerpts.map((e: { id: string }) => e.id)).toEqual([created.body.id]);
  });

  it("refuses offsets past the text, a quote that does not match and a text that has changed", async () => {
    const team = await makeApiTeam();
    const input = article();
    const { body } = await callApi(sourcesRoute.POST, "POST", { params: team.ws, token: team.tokens.editor, body: input });
    const base = { params: team.ws, token: team.tokens.editor };
    const sourceId = body.source.id;

    const tooFar = await callApi(excerptsRoute.POST, "POST", { ...base, body: { sourceId, start: 0, end: input.text.length + 1 } });
    expectError(tooFar, 400, "INVALID", "end");
    expect(tooFar.body.error.message).toBe(`end: must be at most ${input.text.length}, the length of the text`);
    expectError(await callApi(excerptsRoute.POST, "POST", { ...base, body: { sourceId, start: 5, end: 2 } }), 400, "INVALID", "end");
    expectError(await callApi(excerptsRoute.POST, "POST", { ...base, body: { sourceId, start: 0, end: 4, exact: "Nope" } }), 400, "INVALID", "exact");
    expectError(await callApi(excerptsRoute.POST, "POST", { ...base, body: { sourceId, start: 0, end: 4, textSha256: "0".repeat(64) } }), 409, "CONFLICT");
    expectError(await callApi(excerptsRoute.POST, "POST", { ...base, token: team.tokens.reviewer, body: { sourceId, start: 0, end: 4 } }), 403, "FORBIDDEN");
    const none = await callApi(sourceExcerptsRoute.GET, "GET", { params: { ...team.ws, id: sourceId }, token: team.tokens.viewer });
    expect(none.body.items).toEqual([]);
  });
});
