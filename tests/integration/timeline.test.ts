import { describe, expect, it } from "vitest";
import { createClaim } from "../../lib/claims/write-claims";
import { createDispute } from "../../lib/disputes/write-disputes";
import { buildTimeline } from "../../lib/timeline/build-timeline";
import { makeTeam } from "../support/factories";
import { makeActor, makeIncident, makeTeamWithSecondWorkspace } from "../support/more-factories";

async function scene() {
  const team = await makeTeamWithSecondWorkspace();
  const ws = team.workspace.id;
  const ed = team.callers.editor;
  const iskp = await makeActor(ed, ws, "ISKP");
  const taliban = await makeActor(ed, ws, "Taliban");
  const mujahid = await makeActor(ed, ws, "Zabihullah Mujahid", "PERSON");
  const defeated = await createClaim(ed, ws, { statement: "Daesh has been defeated and suppressed", kind: "STATEMENT", claimantId: mujahid.id, onBehalfOfId: taliban.id, madeAt: "2022-04-15", madePrecision: "ABOUT" });
  const count = await createClaim(ed, ws, { statement: "119 attacks in four months", kind: "NUMERIC", numericValue: 119, numericUnit: "attacks", madeAt: "2022-01-10", madePrecision: "DAY" });
  const undated = await createClaim(ed, ws, { statement: "ISKP is feeble", kind: "DENIAL", claimantId: taliban.id });
  const dispute = await createDispute(ed, ws, { proposition: "ISKP was defeated", claims: [{ claimId: defeated.id, side: "AFFIRMS" }, { claimId: count.id, side: "DISPUTES" }] });
  const kunduz = await makeIncident(ed, ws, { title: "Kunduz mosque", occurredOn: "2022-04-22", province: "Kunduz", attribution: "CLAIMED", actors: [{ actorId: iskp.id, role: "CLAIMED_BY" }], tolls: [{ killedBest: 33 }, { killedBest: 50 }] });
  const mazar = await makeIncident(ed, ws, { title: "Mazar mosque", occurredOn: "2022-04-21", province: "Balkh", attribution: "CLAIMED", killedBest: 31, actors: [{ actorId: iskp.id, role: "CLAIMED_BY" }], tolls: [{ killedBest: 10 }] });
  const denied = await makeIncident(ed, ws, { title: "Kabul blast", occurredOn: "2022-04-28", province: "Kabul", attribution: "DENIED" });
  const april = await makeIncident(ed, ws, { title: "Some raid in April", occurredOn: "2022-04-01", datePrecision: "MONTH", province: "Balkh", attribution: "ATTRIBUTED", killedBest: 2 });
  const noDate = await makeIncident(ed, ws, { title: "Undated", occurredOn: "" });
  // Workspace B has an incident in the same month; it must never show in A.
  await makeIncident(team.callers.owner, team.other.id, { title: "Elsewhere", occurredOn: "2022-04-20", attribution: "CLAIMED", killedBest: 99 });
  return { team, ws, iskp, taliban, defeated, count, undated, dispute, kunduz, mazar, denied, april, noDate };
}

describe("buildTimeline", () => {
  it("counts incidents per month by attribution with deaths by the stated rule, and lists dated claims", async () => {
    const s = await scene();
    const t = await buildTimeline(s.team.callers.viewer, s.ws, { bucket: "month" });
    expect(t.buckets.map((b) => b.key)).toEqual(["2022-01", "2022-02", "2022-03", "2022-04"]);
    const april = t.buckets.at(-1)!;
    expect(april.counts).toEqual({ CLAIMED: 2, ATTRIBUTED: 1, DENIED: 1, UNCLAIMED: 0 });
    // Mazar reconciled 31; Kunduz lowest reported 33; the month-dated raid 2; Kabul no figure.
    expect(april).toMatchObject({ total: 4, deaths: 66, deathsUnknown: 1 });
    expect(t.incidents.find((i) => i.id === s.kunduz.id)).toMatchObject({ deaths: 33, deathsRule: "lowest-reported" });
    expect(t.undatedIncidents).toBe(1);
    expect(t.claims.map((c) => c.id)).toEqual([s.count.id, s.defeated.id]);
    const defeated = t.claims.find((c) => c.id === s.defeated.id)!;
    // An "about" date is drawn as its whole month, not as a day.
    expect([defeated.start.toISOString().slice(0, 10), defeated.end.toISOString().slice(0, 10)]).toEqual(["2022-04-01", "2022-05-01"]);
    expect(t.provinces.find((p) => p.province === "Balkh")).toMatchObject({ incidents: 2, deaths: 33, claimed: 1, claimedShare: 0.5 });
    expect(t.incidents.some((i) => i.title === "Elsewhere")).toBe(false);
  });

  it("by ISO week leaves out incidents known only to the month, and says so", async () => {
    const s = await scene();
    const t = await buildTimeline(s.team.callers.viewer, s.ws, { bucket: "week", from: "2022-04-01", to: "2022-04-30" });
    const keyed = Object.fromEntries(t.buckets.map((b) => [b.key, b.total]));
    expect(keyed).toMatchObject({ "2022-W16": 2, "2022-W17": 1 });
    expect(t.incidents.find((i) => i.id === s.april.id)?.bucket).toBeNull();
    expect(t.buckets.reduce((n, b) => n + b.total, 0)).toBe(3);
    expect(t.claims.map((c) => c.id)).toEqual([s.defeated.id]); // the January claim is outside the range
  });

  it("filters by actor, province and dispute", async () => {
    const s = await scene();
    const viewer = s.team.callers.viewer;
    const byActor = await buildTimeline(viewer, s.ws, { actorId: s.iskp.id });
    expect(byActor.incidents.map((i) => i.title).sort()).toEqual(["Kunduz mosque", "Mazar mosque"]);
    expect(byActor.claims).toEqual([]); // ISKP made no claim here
    const byTaliban = await buildTimeline(viewer, s.ws, { actorId: s.taliban.id });
    expect(byTaliban.claims.map((c) => c.id)).toEqual([s.defeated.id]); // on behalf of the Taliban counts

    const byProvince = await buildTimeline(viewer, s.ws, { province: "balkh" });
    expect(byProvince.incidents.map((i) => i.title).sort()).toEqual(["Mazar mosque", "Some raid in April"]);
    expect(byProvince.claims).toHaveLength(2); // claims have no place

    const byDispute = await buildTimeline(viewer, s.ws, { disputeId: s.dispute.id });
    expect(byDispute.claims.map((c) => [c.id, c.side])).toEqual([[s.count.id, "DISPUTES"], [s.defeated.id, "AFFIRMS"]]);
    expect(byDispute.incidents).toHaveLength(4);
  });

  it("keeps workspaces apart: another workspace's actor or dispute is refused, and its data never appears", async () => {
    const s = await scene();
    const foreignActor = await makeActor(s.team.callers.owner, s.team.other.id, "Foreign");
    const foreignDispute = await createDispute(s.team.callers.owner, s.team.other.id, { proposition: "Elsewhere" });
    await expect(buildTimeline(s.team.callers.owner, s.ws, { actorId: foreignActor.id })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { actorId: [expect.any(String)] } });
    await expect(buildTimeline(s.team.callers.owner, s.ws, { disputeId: foreignDispute.id })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { disputeId: [expect.any(String)] } });
    const other = await buildTimeline(s.team.callers.owner, s.team.other.id, {});
    expect(other.incidents.map((i) => i.title)).toEqual(["Elsewhere"]);
    await expect(buildTimeline(s.team.callers.outsider, s.ws, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(buildTimeline(null, s.ws, {})).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("refuses filters that do not parse, naming the field", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    for (const [query, field] of [
      [{ bucket: "day" }, "bucket"],
      [{ from: "2022-02-30" }, "from"],
      [{ from: "2022-05-01", to: "2022-04-01" }, "to"],
      [{ bucket: "week", from: "2000-01-01", to: "2022-01-01" }, "from"],
    ] as const) {
      await expect(buildTimeline(team.callers.viewer, ws, query)).rejects.toMatchObject({ code: "INVALID", fieldErrors: { [field]: [expect.any(String)] } });
    }
    expect((await buildTimeline(team.callers.viewer, ws, {})).buckets).toEqual([]);
  });
});
