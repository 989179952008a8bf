import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { rate, ratingHistory } from "../../lib/ratings/rate";
import { makeClaimWithPassage, makeTeam } from "../support/factories";
import { expectAccessRules, expectAudited, expectRefused, makeTeamWithSecondWorkspace, snapshot } from "../support/more-factories";

describe("rate", () => {
  it("lets a reviewer rate a claim and a source, audited once each", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const { claim, source } = await makeClaimWithPassage(team.callers.editor, ws);
    const { result: likely, rows } = await expectAudited(ws, [["rating.create", "Rating"]], () =>
      rate(team.callers.reviewer, ws, { scale: "LIKELIHOOD", value: "unlikely", rationale: "Attacks continued", claimId: claim.id }),
    );
    expect(likely).toMatchObject({ raterId: team.users.reviewer.id, scale: "LIKELIHOOD", value: "unlikely", claimId: claim.id, sourceId: null, current: true, supersedesId: null, changeReason: null });
    expect(rows[0].entityId).toBe(likely.id);
    const { result: reliability } = await expectAudited(ws, [["rating.create", "Rating"]], () =>
      rate(team.callers.reviewer, ws, { scale: "SOURCE_RELIABILITY", value: "B", rationale: "Established outlet", sourceId: source.id }),
    );
    expect(reliability).toMatchObject({ sourceId: source.id, claimId: null, value: "B" });
    // Each reviewer's rating stands on its own.
    await rate(team.callers.owner, ws, { scale: "LIKELIHOOD", value: "likely", rationale: "Official statement", claimId: claim.id });
    expect(await db.rating.count({ where: { claimId: claim.id, current: true } })).toBe(2);
  });

  it("checks the value against the scale and the target against what the scale rates", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const { claim, source } = await makeClaimWithPassage(team.callers.editor, ws);
    for (const [input, field] of [
      [{ scale: "SOURCE_RELIABILITY", value: "G", sourceId: source.id }, "value"],
      [{ scale: "INFO_CREDIBILITY", value: "B", claimId: claim.id }, "value"],
      [{ scale: "LIKELIHOOD", value: "probable", claimId: claim.id }, "value"],
      [{ scale: "CONFIDENCE", value: "very high", claimId: claim.id }, "value"],
      [{ scale: "SOURCE_RELIABILITY", value: "A", claimId: claim.id }, "sourceId"],
      [{ scale: "CONFIDENCE", value: "low", sourceId: source.id }, "claimId"],
      [{ scale: "ACCURACY", value: "A", claimId: claim.id }, "scale"],
    ] as const) {
      const before = await snapshot(ws);
      const error = await rate(team.callers.reviewer, ws, { rationale: "because", ...input }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "INVALID", fieldErrors: { [field]: [expect.any(String)] } });
      expect(await snapshot(ws)).toEqual(before);
    }
  });

  it("needs a reason to re-rate and keeps the earlier rating as history", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const { claim } = await makeClaimWithPassage(team.callers.editor, ws);
    const first = await rate(team.callers.reviewer, ws, { scale: "INFO_CREDIBILITY", value: "3", rationale: "One outlet", claimId: claim.id });
    const error = await rate(team.callers.reviewer, ws, { scale: "INFO_CREDIBILITY", value: "2", rationale: "Two outlets", claimId: claim.id, changeReason: " " }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INVALID", fieldErrors: { changeReason: [expect.any(String)] } });
    expect(await db.rating.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ current: true });

    const { result: second, rows } = await expectAudited(ws, [["rating.create", "Rating"]], () =>
      rate(team.callers.reviewer, ws, { scale: "INFO_CREDIBILITY", value: "2", rationale: "Two outlets", claimId: claim.id, changeReason: "A second outlet confirmed it" }),
    );
    expect(second).toMatchObject({ supersedesId: first.id, changeReason: "A second outlet confirmed it", current: true, value: "2" });
    expect(rows[0].before).toMatchObject({ id: first.id, value: "3" });
    expect(await db.rating.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ current: false, value: "3" });
    const history = await ratingHistory(team.callers.viewer, ws, { claimId: claim.id });
    expect(history.map((r) => [r.value, r.current, r.raterName])).toEqual([
      ["2", true, team.users.reviewer.name],
      ["3", false, team.users.reviewer.name],
    ]);
    // Another scale is a separate rating, not a change.
    await rate(team.callers.reviewer, ws, { scale: "CONFIDENCE", value: "moderate", rationale: "Few sources", claimId: claim.id });
  });

  it("refuses a change made against a rating that is no longer current, whether the other change came first or alongside", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const { claim } = await makeClaimWithPassage(team.callers.editor, ws);
    const input = { scale: "LIKELIHOOD", value: "likely", rationale: "Claimed by Amaq", claimId: claim.id };
    const first = await rate(team.callers.reviewer, ws, { ...input, replaces: "" });
    // Another tab, still showing no rating, rates from scratch: it would lay over the first unseen.
    await expectRefused("CONFLICT", [ws], () => rate(team.callers.reviewer, ws, { ...input, value: "unlikely", replaces: null }));

    const tabOne = await rate(team.callers.reviewer, ws, { ...input, value: "very likely", changeReason: "ACLED counted it", replaces: first.id });
    // A second tab, still showing the first rating, changes it after tab one did.
    await expectRefused("CONFLICT", [ws], () => rate(team.callers.reviewer, ws, { ...input, value: "unlikely", changeReason: "denied", replaces: first.id }));
    expect(await db.rating.findFirst({ where: { claimId: claim.id, current: true } })).toMatchObject({ id: tabOne.id, value: "very likely" });

    // Sent together against the same rating: one lands, the other is refused, whichever order they commit in.
    const results = await Promise.allSettled(["almost certain", "roughly even chance"].map((value) => rate(team.callers.reviewer, ws, { ...input, value, changeReason: value, replaces: tabOne.id })));
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await db.rating.count({ where: { claimId: claim.id, current: true } })).toBe(1);
  });

  it("keeps one current rating per rater, thing and scale, even when two first ratings race", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const { claim, source } = await makeClaimWithPassage(team.callers.editor, ws);
    const input = { scale: "SOURCE_RELIABILITY", rationale: "Wire copy", sourceId: source.id, replaces: null };
    const results = await Promise.allSettled(["B", "C"].map((value) => rate(team.callers.reviewer, ws, { ...input, value })));
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });

    // The database itself refuses a second current rating (Rating_one_current_key), but not one on another scale or thing.
    const row = { workspaceId: ws, raterId: team.users.reviewer.id, rationale: "r" };
    await expect(db.rating.create({ data: { ...row, scale: "SOURCE_RELIABILITY", value: "A", sourceId: source.id } })).rejects.toMatchObject({ code: "P2002" });
    await db.rating.create({ data: { ...row, scale: "INFO_CREDIBILITY", value: "2", claimId: claim.id } });
    await db.rating.create({ data: { ...row, scale: "LIKELIHOOD", value: "likely", claimId: claim.id } });
    await db.rating.create({ data: { ...row, scale: "SOURCE_RELIABILITY", value: "A", sourceId: source.id, raterId: team.users.editor.id } });
  });

  it("lets a viewer not rate; an outsider and a signed-out caller store nothing either", async () => {
    const team = await makeTeam();
    const { claim } = await makeClaimWithPassage(team.callers.editor, team.workspace.id);
    await expectAccessRules(team, ["viewer"], (caller, ws) => rate(caller, ws, { scale: "LIKELIHOOD", value: "likely", rationale: "r", claimId: claim.id }));
  });

  it("cannot rate a claim or a source of another workspace", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const foreign = await makeClaimWithPassage(team.callers.owner, team.other.id);
    const both = [team.workspace.id, team.other.id];
    await expectRefused("NOT_FOUND", both, () => rate(team.callers.owner, team.workspace.id, { scale: "LIKELIHOOD", value: "likely", rationale: "r", claimId: foreign.claim.id }));
    await expectRefused("NOT_FOUND", both, () => rate(team.callers.owner, team.workspace.id, { scale: "SOURCE_RELIABILITY", value: "A", rationale: "r", sourceId: foreign.source.id }));
    expect(await ratingHistory(team.callers.owner, team.workspace.id, { claimId: foreign.claim.id })).toEqual([]);
  });
});
