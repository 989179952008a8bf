import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { createActor } from "../../lib/actors/write-actors";
import { db } from "../../lib/db/client";
import { exportIncidentsCsv } from "../../lib/incidents/csv-export";
import { describeRowError, importIncidentsCsv } from "../../lib/incidents/csv-import";
import { GET as exportRoute } from "../../app/api/v1/workspaces/[workspace]/incidents/export.csv/route";
import { POST as importRoute } from "../../app/api/v1/workspaces/[workspace]/incidents/import/route";
import { callApi, expectError, makeApiTeam } from "../support/api";
import { makeTeam } from "../support/factories";
import { auditMark, auditSince, expectRefused, makeIncident, makeTeamWithSecondWorkspace } from "../support/more-factories";

const header = "event_date,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,actor2,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities";

async function teamWithIskp() {
  const team = await makeTeam();
  const iskp = await createActor(team.callers.editor, team.workspace.id, { name: "ISKP", kind: "ORGANISATION", aliases: [{ alias: "Islamic State (Afghanistan)" }, { alias: "داعش", language: "fa" }] });
  return { team, ws: team.workspace.id, iskp };
}

describe("importIncidentsCsv", () => {
  it("keeps good rows, reports bad ones by line with the reason, and audits each import", async () => {
    const { team, ws, iskp } = await teamWithIskp();
    const csv = [
      header,
      `2022-04-21,1,Explosions/Remote violence,Suicide bomb,Islamic State (Afghanistan),,Civilians (Afghanistan),Balkh,Mazar-e-Sharif,,Mazar-e-Sharif,36.709,67.1109,1,Xinhua; Pajhwok,National-International,Mosque bombing,31`,
      `2022-02-30,1,Explosions/Remote violence,,ISKP,,,Kabul,,,,,,,,,,`,
      `2022-04-22,3,Battles,Armed clash,"داعش",,,Kunduz,,,,,,3,,,"Quoted, with a comma",abc`,
      `2022-04-23,1,,,,,,Kabul,,,,,,,,,,`,
      `2022-04-24,1,Battles,,Unknown Front,,,Kabul,,,,,,,,,,`,
      `2022-04-25,1,Battles`,
      `2022-04-26,2,Violence against civilians,Attack,ISKP,,,Nangarhar,,Jalalabad,,,,2,,,"two\nlines",0`,
      `2022-04-27,1,Battles,,,,,Kabul,,,,,,,,,,`,
    ].join("\n");
    const mark = await auditMark();
    const report = await importIncidentsCsv(team.callers.editor, ws, csv);
    expect(report.errors.map(describeRowError)).toEqual([
      "line 3: event_date: is not a real calendar date",
      "line 4: fatalities: must be a whole number, 0 or more",
      "line 5: event_type: is required",
      expect.stringMatching(/^line 6: actor1: no actor or alias named “Unknown Front”/),
      "line 7: has 3 values; line 1 names 18 columns",
    ]);
    expect(report.imported.map((r) => r.line)).toEqual([2, 8, 10]);
    expect(await auditSince(ws, mark)).toHaveLength(3);

    const mazar = await db.incident.findUniqueOrThrow({ where: { id: report.imported[0].id }, include: { actors: true } });
    expect(mazar).toMatchObject({
      occurredOn: new Date("2022-04-21T00:00:00Z"), datePrecision: "DAY", eventType: "Explosions/Remote violence", subEventType: "Suicide bomb",
      province: "Balkh", district: "Mazar-e-Sharif", town: "Mazar-e-Sharif", latitude: 36.709, placePrecision: "TOWN",
      target: "Civilians (Afghanistan)", killedBest: 31, notes: "Mosque bombing", title: "Suicide bomb in Mazar-e-Sharif, 2022-04-21",
    });
    expect(mazar.reconciliationNote).toContain("Source: Xinhua; Pajhwok");
    expect(mazar.actors).toMatchObject([{ actorId: iskp.id, role: "PERPETRATOR" }]);
    const jalalabad = await db.incident.findUniqueOrThrow({ where: { id: report.imported[1].id } });
    expect(jalalabad).toMatchObject({ datePrecision: "ABOUT", town: "Jalalabad", placePrecision: "DISTRICT", notes: "two\nlines", killedBest: 0 });
  });

  it("refuses a file without the required columns, and an empty one, storing nothing", async () => {
    const { team, ws } = await teamWithIskp();
    await expectRefused("INVALID", [ws], () => importIncidentsCsv(team.callers.editor, ws, "date,type\n2022-01-01,Battles"));
    await expectRefused("INVALID", [ws], () => importIncidentsCsv(team.callers.editor, ws, ""));
  });

  it("is for editors and owners; others store nothing", async () => {
    const { team, ws } = await teamWithIskp();
    const csv = `${header}\n2022-04-21,1,Battles,,,,,Kabul,,,,,,,,,,`;
    for (const role of ["reviewer", "viewer"] as const) await expectRefused("FORBIDDEN", [ws], () => importIncidentsCsv(team.callers[role], ws, csv));
    await expectRefused("NOT_FOUND", [ws], () => importIncidentsCsv(team.callers.outsider, ws, csv));
    await expectRefused("UNAUTHENTICATED", [ws], () => importIncidentsCsv(null, ws, csv));
  });

  it("matches actors only in its own workspace", async () => {
    const team = await makeTeamWithSecondWorkspace();
    await createActor(team.callers.owner, team.other.id, { name: "Only Elsewhere", kind: "ORGANISATION" });
    const report = await importIncidentsCsv(team.callers.owner, team.workspace.id, `${header}\n2022-04-21,1,Battles,,Only Elsewhere,,,Kabul,,,,,,,,,,`);
    expect(report.imported).toEqual([]);
    expect(report.errors[0]).toMatchObject({ line: 2, column: "actor1" });
  });
});

describe("exportIncidentsCsv", () => {
  it("writes ACLED headers, neutralises formula cells, and round-trips through import", async () => {
    const { team, ws, iskp } = await teamWithIskp();
    await makeIncident(team.callers.editor, ws, {
      title: "=HYPERLINK(\"http://evil\")", occurredOn: "2022-04-21", datePrecision: "DAY", province: "Balkh", town: "Mazar", latitude: -36.5, longitude: 67.11,
      placePrecision: "TOWN", attribution: "CLAIMED", notes: "@SUM(A1)", target: "+Worshippers", killedBest: 31, subEventType: "-dash",
      actors: [{ actorId: iskp.id, role: "CLAIMED_BY" }], tolls: [{ reportedById: iskp.id, killedBest: 40 }],
    });
    await makeIncident(team.callers.editor, ws, { title: "Month only", occurredOn: "2022-05-01", datePrecision: "MONTH", province: "Kabul", tolls: [{ killedBest: 7 }, { killedBest: 4 }] });
    const csv = await exportIncidentsCsv(team.callers.viewer, ws);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]).slice(0, 4)).toEqual(["event_date", "time_precision", "event_type", "sub_event_type"]);
    expect(rows[0]).toMatchObject({
      title: "'=HYPERLINK(\"http://evil\")", notes: "'@SUM(A1)", actor2: "'+Worshippers", sub_event_type: "'-dash",
      latitude: "-36.5", actor1: "ISKP", fatalities: "31", attribution: "CLAIMED", source: "ISKP", admin1: "Balkh", location: "Mazar", geo_precision: "1",
    });
    expect(rows[1]).toMatchObject({ time_precision: "3", fatalities: "4" }); // lowest reported, as on the timeline

    // Into a fresh workspace with the same actor: the same incidents come back.
    const { team: team2, ws: ws2 } = await teamWithIskp();
    const report = await importIncidentsCsv(team2.callers.editor, ws2, csv);
    expect(report.errors).toEqual([]);
    const back = await db.incident.findMany({ where: { workspaceId: ws2 }, orderBy: { occurredOn: "asc" }, include: { actors: { include: { actor: true } } } });
    expect(back[0]).toMatchObject({ title: "=HYPERLINK(\"http://evil\")", notes: "@SUM(A1)", target: "+Worshippers", subEventType: "-dash", latitude: -36.5, attribution: "CLAIMED", killedBest: 31, placePrecision: "TOWN" });
    expect(back[0].actors.map((a) => a.actor.name)).toEqual(["ISKP"]);
    expect(back[1]).toMatchObject({ title: "Month only", datePrecision: "MONTH", killedBest: 4 });
    const again = await exportIncidentsCsv(team2.callers.viewer, ws2);
    expect(parse(again, { columns: true })[0]).toMatchObject({ title: rows[0].title, notes: rows[0].notes, fatalities: "31" });
  });
});

describe("CSV API routes", () => {
  it("imports a text/csv body and exports a CSV download", async () => {
    const team = await makeApiTeam();
    const csv = `${header}\n2022-04-21,1,Battles,,,,,Kabul,,,,,,,,,,\n2022-13-01,1,Battles,,,,,Kabul,,,,,,,,,,`;
    const result = await callApi(importRoute, "POST", { params: team.ws, token: team.tokens.editor, rawBody: csv, headers: { "content-type": "text/csv" } });
    expect(result.status).toBe(200);
    expect(result.body.imported).toHaveLength(1);
    expect(result.body.messages).toEqual(["line 3: event_date: is not a real calendar date"]);

    const json = await callApi(importRoute, "POST", { params: team.ws, token: team.tokens.editor, body: { csv } });
    expectError(json, 400, "INVALID", "file");
    expectError(await callApi(importRoute, "POST", { params: team.ws, token: team.tokens.viewer, rawBody: csv, headers: { "content-type": "text/csv" } }), 403, "FORBIDDEN");

    const response = await exportRoute(new Request("http://localhost/x", { headers: { authorization: `Bearer ${team.tokens.viewer}` } }), { params: Promise.resolve(team.ws) });
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="incidents-.+\.csv"/);
    expect((await response.text()).split("\r\n")[0]).toMatch(/^event_date,time_precision,event_type/);
    const anonymous = await exportRoute(new Request("http://localhost/x"), { params: Promise.resolve(team.ws) });
    expect(anonymous.status).toBe(401);
  });
});
