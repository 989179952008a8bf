import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { getIncident, listIncidents } from "../../lib/incidents/read-incidents";
import { addIncidentToll, createIncident, updateIncident } from "../../lib/incidents/write-incidents";
import { makeClaimWithPassage, makeTeam } from "../support/factories";
import { expectAccessRules, expectAudited, expectRefused, makeActor, makeIncident, makeTeamWithSecondWorkspace, snapshot } from "../support/more-factories";

const base = { title: "Mazar-i-Sharif mosque bombing", eventType: "Explosions/Remote violence", occurredOn: "2022-04-21", province: "Balkh" };

describe("createIncident", () => {
  it("records the incident with its actors and each source's toll, audited once", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const iskp = await makeActor(team.callers.editor, ws, "ISKP");
    const ministry = await makeActor(team.callers.editor, ws, "Ministry of Interior");
    const { source, excerpt } = await makeClaimWithPassage(team.callers.editor, ws);
    const { result: incident, rows } = await expectAudited(ws, [["incident.create", "Incident"]], () =>
      createIncident(team.callers.editor, ws, {
        ...base,
        attribution: "CLAIMED",
        killedLow: "31", killedBest: "31", killedHigh: "33",
        actors: [{ actorId: iskp.id, role: "CLAIMED_BY" }],
        tolls: [{ reportedById: ministry.id, sourceId: source.id, excerptId: excerpt.id, killedBest: 10, injuredBest: 15 }],
      }),
    );
    expect(rows[0].entityId).toBe(incident.id);
    expect(incident).toMatchObject({ attribution: "CLAIMED", killedLow: 31, killedHigh: 33, datePrecision: "DAY", country: "Afghanistan", notes: "", createdById: team.users.editor.id });
    expect(incident.actors).toMatchObject([{ actorId: iskp.id, role: "CLAIMED_BY", workspaceId: ws }]);
    expect(incident.tolls).toMatchObject([{ reportedById: ministry.id, sourceId: source.id, excerptId: excerpt.id, killedBest: 10, injuredBest: 15, workspaceId: ws }]);
  });

  it("refuses figures out of order, naming the field, and stores nothing", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    for (const [figures, field] of [
      [{ killedLow: 10, killedBest: 5 }, "killedBest"],
      [{ killedBest: 40, killedHigh: 33 }, "killedHigh"],
      [{ injuredLow: 50, injuredHigh: 20 }, "injuredHigh"],
      [{ killedBest: -1 }, "killedBest"],
      [{ killedBest: 2.5 }, "killedBest"],
    ] as const) {
      const before = await snapshot(ws);
      const error = await createIncident(team.callers.editor, ws, { ...base, ...figures }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "INVALID", fieldErrors: { [field]: [expect.any(String)] } });
      const tollError = await createIncident(team.callers.editor, ws, { ...base, tolls: [figures] }).catch((e: unknown) => e);
      expect(tollError).toMatchObject({ code: "INVALID", fieldErrors: { [`tolls.0.${field}`]: [expect.any(String)] } });
      expect(await snapshot(ws)).toEqual(before);
    }
  });

  it("refuses actors, sources and excerpts of another workspace", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const foreignActor = await makeActor(team.callers.owner, team.other.id);
    const foreign = await makeClaimWithPassage(team.callers.owner, team.other.id);
    const both = [team.workspace.id, team.other.id];
    for (const extra of [
      { actors: [{ actorId: foreignActor.id, role: "PERPETRATOR" }] },
      { tolls: [{ reportedById: foreignActor.id, killedBest: 1 }] },
      { tolls: [{ sourceId: foreign.source.id, killedBest: 1 }] },
      { tolls: [{ excerptId: foreign.excerpt.id, killedBest: 1 }] },
    ]) {
      await expectRefused("INVALID", both, () => createIncident(team.callers.owner, team.workspace.id, { ...base, ...extra }));
    }
  });

  it("refuses the same actor twice in the same role as invalid input", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const iskp = await makeActor(team.callers.editor, ws, "ISKP");
    const actors = [{ actorId: iskp.id, role: "CLAIMED_BY" }, { actorId: iskp.id, role: "CLAIMED_BY" }];
    const error = await createIncident(team.callers.editor, ws, { ...base, actors }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INVALID", fieldErrors: { actors: [expect.any(String)] } });
    // One actor in two roles is fine.
    const incident = await createIncident(team.callers.editor, ws, { ...base, actors: [actors[0], { actorId: iskp.id, role: "PERPETRATOR" }] });
    expect(incident.actors).toHaveLength(2);
  });

  it("obeys the access rules", async () => {
    const team = await makeTeam();
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, ws) => createIncident(caller, ws, base));
  });
});

describe("updateIncident", () => {
  it("updates the reconciled record, refuses a stale version, cannot reach another workspace", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const ws = team.workspace.id;
    const incident = await makeIncident(team.callers.editor, ws);
    const edit = { id: incident.id, version: 1, ...base, attribution: "ATTRIBUTED", killedLow: 9, killedBest: 31, killedHigh: 33, reconciliationNote: "UN figure preferred" };
    const { result, rows } = await expectAudited(ws, [["incident.update", "Incident"]], () => updateIncident(team.callers.editor, ws, edit));
    expect(result).toEqual({ id: incident.id, version: 2 });
    expect(rows[0].before).toMatchObject({ attribution: "UNCLAIMED", version: 1 });
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({ attribution: "ATTRIBUTED", killedBest: 31, reconciliationNote: "UN figure preferred", version: 2 });
    await expectRefused("CONFLICT", [ws], () => updateIncident(team.callers.owner, ws, { ...edit, title: "Other" }));
    await expectRefused("INVALID", [ws], () => updateIncident(team.callers.owner, ws, { ...edit, version: 2, killedLow: 40 }));
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, w) => updateIncident(caller, w, { ...edit, version: 2 }));
    const foreign = await makeIncident(team.callers.owner, team.other.id);
    await expectRefused("NOT_FOUND", [ws, team.other.id], () => updateIncident(team.callers.owner, ws, { ...edit, id: foreign.id }));
  });
});

describe("addIncidentToll", () => {
  it("keeps conflicting tolls from different sources side by side", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const incident = await makeIncident(team.callers.editor, ws);
    const taliban = await makeActor(team.callers.editor, ws, "Taliban");
    const hospital = await makeActor(team.callers.editor, ws, "Mazar regional hospital");
    await expectAudited(ws, [["incident.addToll", "IncidentToll"]], () => addIncidentToll(team.callers.editor, ws, { incidentId: incident.id, reportedById: taliban.id, killedBest: 10, injuredBest: 15 }));
    await expectAudited(ws, [["incident.addToll", "IncidentToll"]], () => addIncidentToll(team.callers.editor, ws, { incidentId: incident.id, reportedById: hospital.id, killedLow: 31, killedBest: 31, killedHigh: 33, injuredBest: 87, note: "hospital count" }));
    const read = await getIncident(team.callers.viewer, ws, incident.id);
    expect(read.tolls.map((t) => [t.reportedBy?.name, t.killedBest, t.injuredBest])).toEqual([
      ["Taliban", 10, 15],
      ["Mazar regional hospital", 31, 87],
    ]);
    expect(read.killedBest).toBeNull(); // nothing reconciled until someone decides
    expect((await listIncidents(team.callers.viewer, ws))[0].tolls).toHaveLength(2);
  });

  it("names the field it refuses, and stores nothing", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const ws = team.workspace.id;
    const incident = await makeIncident(team.callers.editor, ws);
    const foreignActor = await makeActor(team.callers.owner, team.other.id);
    for (const [toll, field] of [
      [{ killedBest: 5, killedHigh: 3 }, "killedHigh"],
      [{ reportedById: foreignActor.id }, "reportedById"],
    ] as const) {
      const before = await snapshot(ws, team.other.id);
      const error = await addIncidentToll(team.callers.owner, ws, { incidentId: incident.id, ...toll }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "INVALID", fieldErrors: { [field]: [expect.any(String)] } });
      expect(await snapshot(ws, team.other.id)).toEqual(before);
    }
  });

  it("obeys the access rules and cannot add to another workspace's incident", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const incident = await makeIncident(team.callers.editor, team.workspace.id);
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, ws) => addIncidentToll(caller, ws, { incidentId: incident.id, killedBest: 1 }));
    const foreign = await makeIncident(team.callers.owner, team.other.id);
    await expectRefused("NOT_FOUND", [team.workspace.id, team.other.id], () => addIncidentToll(team.callers.owner, team.workspace.id, { incidentId: foreign.id, killedBest: 1 }));
    await expect(getIncident(team.callers.owner, team.workspace.id, foreign.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
