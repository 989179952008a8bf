import { describe, expect, it } from "vitest";
import * as actorsRoute from "../../app/api/v1/workspaces/[workspace]/actors/route";
import * as incidentsRoute from "../../app/api/v1/workspaces/[workspace]/incidents/route";
import * as incidentRoute from "../../app/api/v1/workspaces/[workspace]/incidents/[id]/route";
import * as tollsRoute from "../../app/api/v1/workspaces/[workspace]/incidents/[id]/tolls/route";
import { callApi, expectAudit, expectError, makeApiTeam } from "../support/api";
import { makeSource } from "../support/factories";

const attack = {
  title: "Suicide bombing at a Kabul mosque",
  occurredOn: "2022-04-29",
  province: "Kabul",
  town: "Kabul",
  placePrecision: "TOWN",
  eventType: "Explosions/Remote violence",
  subEventType: "Suicide bomb",
  attribution: "CLAIMED",
  killedLow: 10,
  killedBest: 10,
  killedHigh: 50,
};

describe("API actors", () => {
  it("creates and lists actors with their aliases, and refuses a second actor of the same name", async () => {
    const team = await makeApiTeam();
    const base = { params: team.ws, token: team.tokens.editor };
    const created = await callApi(actorsRoute.POST, "POST", { ...base, body: { name: "Zabihullah Mujahid", kind: "PERSON", aliases: [{ alias: "ذبیح الله مجاهد", language: "ps" }] } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "Zabihullah Mujahid", kind: "PERSON", description: "", version: 1 });
    await expectAudit(team.workspace.id, "actor.create", created.body.id, team.users.editor.id);

    const listed = await callApi(actorsRoute.GET, "GET", { params: team.ws, token: team.tokens.viewer });
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0].aliases.map((a: { alias: string }) => a.alias).sort()).toEqual(["Zabihullah Mujahid", "ذبیح الله مجاهد"]);

    expectError(await callApi(actorsRoute.POST, "POST", { ...base, body: { name: "Zabihullah Mujahid", kind: "PERSON" } }), 400, "INVALID", "name");
    expectError(await callApi(actorsRoute.POST, "POST", { ...base, body: { name: "Someone", kind: "GROUP" } }), 400, "INVALID", "kind");
    expectError(await callApi(actorsRoute.POST, "POST", { ...base, token: team.tokens.viewer, body: { name: "Someone", kind: "PERSON" } }), 403, "FORBIDDEN");
  });
});

describe("API incidents", () => {
  it("creates an incident with actors and tolls, lists it and reads it", async () => {
    const team = await makeApiTeam();
    const actor = await callApi(actorsRoute.POST, "POST", { params: team.ws, token: team.tokens.editor, body: { name: "ISKP", kind: "ORGANISATION" } });
    const source = await makeSource(team.callers.editor, team.workspace.id);
    const created = await callApi(incidentsRoute.POST, "POST", {
      params: team.ws,
      token: team.tokens.editor,
      body: { ...attack, actors: [{ actorId: actor.body.id, role: "CLAIMED_BY" }], tolls: [{ reportedById: actor.body.id, sourceId: source.id, killedBest: 50 }] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: attack.title, occurredOn: "2022-04-29T00:00:00.000Z", province: "Kabul", attribution: "CLAIMED", killedBest: 10, version: 1 });
    expect(created.body.tolls).toMatchObject([{ reportedById: actor.body.id, sourceId: source.id, killedBest: 50, killedLow: null }]);
    await expectAudit(team.workspace.id, "incident.create", created.body.id, team.users.editor.id);

    const listed = await callApi(incidentsRoute.GET, "GET", { params: team.ws, token: team.tokens.viewer });
    expect(listed.body.items.map((i: { id: string }) => i.id)).toEqual([created.body.id]);
    const read = await callApi(incidentRoute.GET, "GET", { params: { ...team.ws, id: created.body.id }, token: team.tokens.viewer });
    expect(read.body.actors).toMatchObject([{ role: "CLAIMED_BY", actor: { id: actor.body.id, name: "ISKP" } }]);
    expect(read.body.tolls[0]).toMatchObject({ reportedBy: { name: "ISKP" }, source: { id: source.id, title: "Test article" }, killedBest: 50 });

    const reversed = await callApi(incidentsRoute.POST, "POST", { params: team.ws, token: team.tokens.editor, body: { ...attack, killedBest: 5 } });
    expectError(reversed, 400, "INVALID", "killedBest");
    expect(reversed.body.error.fields.killedBest).toEqual(["must not be below the low figure"]);
    expectError(await callApi(incidentsRoute.POST, "POST", { params: team.ws, token: team.tokens.reviewer, body: attack }), 403, "FORBIDDEN");
  });

  it("patches the reconciled toll, keeps the other fields and refuses a stale version", async () => {
    const team = await makeApiTeam();
    const created = await callApi(incidentsRoute.POST, "POST", { params: team.ws, token: team.tokens.editor, body: attack });
    const params = { ...team.ws, id: created.body.id };

    const patched = await callApi(incidentRoute.PATCH, "PATCH", { params, token: team.tokens.editor, body: { version: 1, killedBest: 21, reconciliationNote: "UNAMA figure" } });
    expect(patched.body).toEqual({ id: params.id, version: 2 });
    const audit = await expectAudit(team.workspace.id, "incident.update", params.id, team.users.editor.id);
    expect(audit.before).toMatchObject({ killedBest: 10 });
    expectError(await callApi(incidentRoute.PATCH, "PATCH", { params, token: team.tokens.owner, body: { version: 1, killedBest: 30 } }), 409, "CONFLICT");
    expectError(await callApi(incidentRoute.PATCH, "PATCH", { params, token: team.tokens.owner, body: { version: 2, killedHigh: 15 } }), 400, "INVALID", "killedHigh");
    expectError(await callApi(incidentRoute.PATCH, "PATCH", { params, token: team.tokens.owner, body: { version: 2, country: "Pakistan" } }), 400, "INVALID", "country");

    const read = await callApi(incidentRoute.GET, "GET", { params, token: team.tokens.viewer });
    expect(read.body).toMatchObject({
      killedBest: 21,
      reconciliationNote: "UNAMA figure",
      killedLow: 10,
      killedHigh: 50,
      province: "Kabul",
      town: "Kabul",
      placePrecision: "TOWN",
      subEventType: "Suicide bomb",
      attribution: "CLAIMED",
      occurredOn: "2022-04-29T00:00:00.000Z",
      version: 2,
    });
  });

  it("adds a source's reported toll beside the others", async () => {
    const team = await makeApiTeam();
    const created = await callApi(incidentsRoute.POST, "POST", { params: team.ws, token: team.tokens.editor, body: attack });
    const params = { ...team.ws, id: created.body.id };
    const source = await makeSource(team.callers.editor, team.workspace.id);

    const toll = await callApi(tollsRoute.POST, "POST", { params, token: team.tokens.editor, body: { sourceId: source.id, killedLow: 18, killedBest: 21, injuredBest: 40, note: "Hospital count" } });
    expect(toll.status).toBe(201);
    expect(toll.body).toMatchObject({ incidentId: params.id, sourceId: source.id, killedLow: 18, killedBest: 21, injuredBest: 40, note: "Hospital count" });
    await expectAudit(team.workspace.id, "incident.addToll", toll.body.id, team.users.editor.id);
    const read = await callApi(incidentRoute.GET, "GET", { params, token: team.tokens.viewer });
    expect(read.body.tolls.map((t: { killedBest: number }) => t.killedBest)).toEqual([21]);

    expectError(await callApi(tollsRoute.POST, "POST", { params, token: team.tokens.editor, body: { killedBest: -1 } }), 400, "INVALID", "killedBest");
    expectError(await callApi(tollsRoute.POST, "POST", { params, token: team.tokens.editor, body: { sourceId: "elsewhere" } }), 400, "INVALID", "sourceId");
    expectError(await callApi(tollsRoute.POST, "POST", { params: { ...params, id: "missing" }, token: team.tokens.editor, body: { killedBest: 3 } }), 404, "NOT_FOUND");
  });
});
