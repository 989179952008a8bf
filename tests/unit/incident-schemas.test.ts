import { describe, expect, it } from "vitest";
import { addTollSchema, attributionLabels, createIncidentSchema, tollSchema, updateIncidentSchema } from "../../lib/incidents/schemas";
import { parsed, refusedFields } from "../support/schema-errors";

const base = { title: "Mazar-i-Sharif mosque bombing", eventType: "Explosions/Remote violence" };

describe("toll figures", () => {
  it("keep low ≤ best ≤ high, naming the figure out of order", () => {
    expect(refusedFields(tollSchema, { killedLow: 9, killedBest: 31, killedHigh: 33 })).toEqual([]);
    expect(refusedFields(tollSchema, { killedLow: 31, killedBest: 31, killedHigh: 31 })).toEqual([]);
    expect(refusedFields(tollSchema, { killedLow: 10, killedBest: 9 })).toEqual(["killedBest"]);
    expect(refusedFields(tollSchema, { killedBest: 34, killedHigh: 33 })).toEqual(["killedHigh"]);
    expect(refusedFields(tollSchema, { killedLow: 40, killedHigh: 33 })).toEqual(["killedHigh"]);
    expect(refusedFields(tollSchema, { injuredLow: 90, injuredBest: 87 })).toEqual(["injuredBest"]);
    expect(refusedFields(tollSchema, { killedBest: 10, injuredBest: 87 })).toEqual([]);
  });

  it("are whole, non-negative numbers, with empty meaning not reported", () => {
    expect(parsed(tollSchema, { killedBest: "31", injuredBest: "" })).toMatchObject({ killedBest: 31, injuredBest: null, killedLow: null, note: null });
    expect(refusedFields(tollSchema, { killedBest: -1 })).toEqual(["killedBest"]);
    expect(refusedFields(tollSchema, { killedBest: 2.5 })).toEqual(["killedBest"]);
    expect(refusedFields(tollSchema, { killedBest: "dozens" })).toEqual(["killedBest"]);
  });

  it("apply to an added toll, which needs its incident", () => {
    expect(parsed(addTollSchema, { incidentId: "i1", killedBest: 10, reportedById: "a1" })).toMatchObject({ incidentId: "i1", killedBest: 10, reportedById: "a1" });
    expect(refusedFields(addTollSchema, { killedBest: 10 })).toEqual(["incidentId"]);
    expect(refusedFields(addTollSchema, { incidentId: "i1", killedLow: 5, killedBest: 3 })).toEqual(["killedBest"]);
  });
});

describe("incident schemas", () => {
  it("default what ACLED-style records usually leave out", () => {
    expect(parsed(createIncidentSchema, base)).toMatchObject({
      datePrecision: "DAY",
      placePrecision: "PROVINCE",
      attribution: "UNCLAIMED",
      occurredOn: null,
      actors: [],
      tolls: [],
    });
    expect(attributionLabels).toEqual({ CLAIMED: "Claimed by the group", ATTRIBUTED: "Attributed by others", DENIED: "Denied", UNCLAIMED: "Unclaimed" });
  });

  it("check the reconciled figures, and every toll's figures by position", () => {
    expect(refusedFields(createIncidentSchema, { ...base, killedLow: 40, killedBest: 31 })).toEqual(["killedBest"]);
    expect(refusedFields(createIncidentSchema, { ...base, tolls: [{ killedBest: 1 }, { injuredBest: 9, injuredHigh: 2 }] })).toEqual(["tolls.1.injuredHigh"]);
    expect(refusedFields(updateIncidentSchema, { ...base, id: "i", version: 1, killedBest: 40, killedHigh: 33 })).toEqual(["killedHigh"]);
  });

  it("refuse the same actor twice in one role", () => {
    const actors = [{ actorId: "a1", role: "CLAIMED_BY" }, { actorId: "a1", role: "CLAIMED_BY" }];
    expect(refusedFields(createIncidentSchema, { ...base, actors })).toEqual(["actors"]);
    expect(refusedFields(createIncidentSchema, { ...base, actors: [actors[0], { actorId: "a1", role: "PERPETRATOR" }] })).toEqual([]);
  });

  it("check dates, times and coordinates", () => {
    expect(refusedFields(createIncidentSchema, { ...base, occurredOn: "2022-04-31" })).toEqual(["occurredOn"]);
    expect(parsed(createIncidentSchema, { ...base, timeOfDay: "13:45", latitude: "36.7", longitude: "" })).toMatchObject({ timeOfDay: "13:45", latitude: 36.7, longitude: null });
    for (const time of ["25:00", "12:60", "99:99", "1:30"]) expect(refusedFields(createIncidentSchema, { ...base, timeOfDay: time })).toEqual(["timeOfDay"]);
    expect(refusedFields(createIncidentSchema, { ...base, latitude: 91, longitude: -181 })).toEqual(["latitude", "longitude"]);
    expect(refusedFields(createIncidentSchema, { ...base, attribution: "SUSPECTED", placePrecision: "STREET" })).toEqual(["attribution", "placePrecision"]);
    expect(refusedFields(createIncidentSchema, { title: "", eventType: "" })).toEqual(["eventType", "title"]);
  });
});
