import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { recordDissent, recordJudgment } from "../../lib/reviews/judgments";
import { rateItem } from "../../lib/reviews/rate-item";
import { getSession, listSessions } from "../../lib/reviews/read-sessions";
import { revealAll, revealItem } from "../../lib/reviews/reveal";
import { exportSession } from "../../lib/reviews/export-session";
import { closeSession, createSession, markFinished } from "../../lib/reviews/write-sessions";
import { makeClaimWithPassage } from "../support/factories";
import { expectAccessRules, expectAudited, expectRefused, makeTeamWithSecondWorkspace } from "../support/more-factories";
import { makeReviewSession, rateAll } from "../support/review-factories";

const judgment = (sessionId: string, itemId: string, extra: Record<string, unknown> = {}) => ({
  sessionId,
  itemId,
  statement: "ISKP was not defeated in 2022.",
  likelihood: "very likely",
  confidence: "moderate",
  rationale: "Attacks continued in four provinces.",
  whatWouldChange: "A sustained fall in claimed attacks.",
  ...extra,
});

describe("createSession", () => {
  it("lets an editor open a session and facilitate it, with the facilitator taking part", async () => {
    const s = await makeReviewSession();
    expect(s.session).toMatchObject({ facilitatorId: s.users.editor.id, phase: "BLIND" });
    expect(s.session.participants.map((p) => p.userId).sort()).toEqual([s.users.editor.id, s.users.owner.id, s.users.reviewer.id].sort());
    expect(s.session.items.map((i) => i.position)).toEqual([0, 1]);
    const audited = await db.auditEvent.findFirst({ where: { workspaceId: s.ws, action: "review-session.create", entityId: s.session.id } });
    expect(audited?.userId).toBe(s.users.editor.id);
    expect((await listSessions(s.callers.viewer, s.ws))[0]).toMatchObject({ id: s.session.id, items: 2, participants: 3, finished: 0 });
  });

  it("is refused to reviewers and viewers, outsiders and the signed-out", async () => {
    const s = await makeReviewSession();
    await expectAccessRules(s, ["reviewer", "viewer"], (caller, ws) => createSession(caller, ws, { title: "x", claimIds: [s.claim.id] }));
  });

  it("refuses a viewer as participant, an empty agenda, and another workspace's ids", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const ws = team.workspace.id;
    const { claim } = await makeClaimWithPassage(team.callers.editor, ws);
    await expect(createSession(team.callers.editor, ws, { title: "x", claimIds: [claim.id], participantIds: [team.users.viewer.id] })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { participantIds: [expect.stringContaining("reviewer")] } });
    await expect(createSession(team.callers.editor, ws, { title: "x" })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { agenda: [expect.any(String)] } });
    const foreign = await makeClaimWithPassage(team.callers.owner, team.other.id);
    await expectRefused("NOT_FOUND", [ws, team.other.id], () => createSession(team.callers.owner, ws, { title: "x", claimIds: [foreign.claim.id] }));
    await expectRefused("INVALID", [ws], () => createSession(team.callers.editor, ws, { title: "x", claimIds: [claim.id], participantIds: [team.users.outsider.id] }));
  });
});

describe("rateItem and markFinished", () => {
  it("stores a blind rating on the review item only, and keeps the history of a change with its reason", async () => {
    const s = await makeReviewSession();
    const input = { sessionId: s.session.id, itemId: s.claimItem.id, scale: "LIKELIHOOD", value: "likely", rationale: "two sources" };
    const { result: first } = await expectAudited(s.ws, [["review-rating.create", "Rating"]], () => rateItem(s.callers.reviewer, s.ws, input));
    expect(first).toMatchObject({ reviewItemId: s.claimItem.id, claimId: null, sourceId: null, current: true });
    await expect(rateItem(s.callers.reviewer, s.ws, { ...input, value: "unlikely" })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { changeReason: [expect.any(String)] } });
    const second = await rateItem(s.callers.reviewer, s.ws, { ...input, value: "unlikely", changeReason: "read the denial" });
    expect(second).toMatchObject({ supersedesId: first.id, changeReason: "read the denial" });
    const view = await getSession(s.callers.reviewer, s.ws, s.session.id);
    const item = view.items.find((i) => i.id === s.claimItem.id)!;
    expect(item.mine).toEqual([{ id: second.id, raterId: s.users.reviewer.id, scale: "LIKELIHOOD", value: "unlikely", rationale: "two sources" }]);
    expect(item.myHistory.map((r) => [r.value, r.current])).toEqual([["likely", false], ["unlikely", true]]);
  });

  it("refuses viewers, outsiders, members not invited, scales the item is not rated on, and values off the scale", async () => {
    const s = await makeReviewSession();
    const input = { sessionId: s.session.id, itemId: s.disputeItem.id, scale: "LIKELIHOOD", value: "likely", rationale: "r" };
    await expectAccessRules(s, ["viewer"], (caller, ws) => rateItem(caller, ws, input));
    const other = await createSession(s.callers.owner, s.ws, { title: "owner only", claimIds: [s.claim.id] });
    await expectRefused("FORBIDDEN", [s.ws], () => rateItem(s.callers.reviewer, s.ws, { ...input, sessionId: other.id, itemId: other.items[0].id }));
    await expectRefused("INVALID", [s.ws], () => rateItem(s.callers.reviewer, s.ws, { ...input, scale: "INFO_CREDIBILITY", value: "2" }));
    await expectRefused("INVALID", [s.ws], () => rateItem(s.callers.reviewer, s.ws, { ...input, value: "maybe" }));
    await expectRefused("INVALID", [s.ws], () => rateItem(s.callers.reviewer, s.ws, { ...input, rationale: " " }));
    await expectRefused("NOT_FOUND", [s.ws], () => rateItem(s.callers.reviewer, s.ws, { ...input, itemId: other.items[0].id }));
  });

  it("lets two changes of the same rating through once, concurrent or one after the other; the other gets CONFLICT", async () => {
    const s = await makeReviewSession();
    const input = { sessionId: s.session.id, itemId: s.claimItem.id, scale: "CONFIDENCE", value: "low", rationale: "thin" };
    const first = await rateItem(s.callers.owner, s.ws, input);
    // Both tabs show the first rating. Whichever commits second, even after the other has
    // committed, is changing a rating that is no longer current.
    const results = await Promise.allSettled([
      rateItem(s.callers.owner, s.ws, { ...input, value: "moderate", changeReason: "tab one", replaces: first.id }),
      rateItem(s.callers.owner, s.ws, { ...input, value: "high", changeReason: "tab two", replaces: first.id }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await db.rating.count({ where: { reviewItemId: s.claimItem.id, raterId: s.users.owner.id, current: true } })).toBe(1);
  });

  it("marks a participant finished only once everything blind is rated, and names them to others", async () => {
    const s = await makeReviewSession();
    await expectRefused("INVALID", [s.ws], () => markFinished(s.callers.reviewer, s.ws, { sessionId: s.session.id }));
    await rateAll(s.callers.reviewer, s.ws, s, { likelihood: "likely", confidence: "moderate", credibility: "2" });
    await expectAudited(s.ws, [["review-session.finish", "ReviewParticipant"]], () => markFinished(s.callers.reviewer, s.ws, { sessionId: s.session.id }));
    await expectAudited(s.ws, [], () => markFinished(s.callers.reviewer, s.ws, { sessionId: s.session.id }));
    const view = await getSession(s.callers.viewer, s.ws, s.session.id);
    expect(view.participants.filter((p) => p.finishedAt).map((p) => p.name)).toEqual([s.users.reviewer.name]);
    await expectRefused("FORBIDDEN", [s.ws], () => markFinished(s.callers.viewer, s.ws, { sessionId: s.session.id }));
  });
});

describe("reveal, judgment, dissent", () => {
  it("reveals by the facilitator only, moves to REVEAL, sorts by disagreement and measures alpha", async () => {
    const s = await makeReviewSession();
    await rateAll(s.callers.editor, s.ws, s, { likelihood: "likely", confidence: "high", credibility: "2" });
    await rateAll(s.callers.owner, s.ws, s, { likelihood: "likely", confidence: "moderate", credibility: "2" });
    await rateAll(s.callers.reviewer, s.ws, s, { likelihood: "very likely", confidence: "low", credibility: "3" });
    await expectRefused("FORBIDDEN", [s.ws], () => revealAll(s.callers.owner, s.ws, { sessionId: s.session.id }));
    await expectRefused("FORBIDDEN", [s.ws], () => revealAll(s.callers.reviewer, s.ws, { sessionId: s.session.id }));
    await expectAccessRules(s, ["reviewer", "viewer"], (caller, ws) => revealItem(caller, ws, { sessionId: s.session.id, itemId: s.claimItem.id }));

    await expectAudited(s.ws, [["review-item.reveal", "ReviewItem"], ["review-item.reveal", "ReviewSession"]], () => revealItem(s.callers.editor, s.ws, { sessionId: s.session.id, itemId: s.claimItem.id }));
    expect(await expectAudited(s.ws, [], () => revealItem(s.callers.editor, s.ws, { sessionId: s.session.id, itemId: s.claimItem.id }))).toMatchObject({ result: { revealed: 0 } });
    await revealAll(s.callers.editor, s.ws, { sessionId: s.session.id });

    const view = await getSession(s.callers.viewer, s.ws, s.session.id);
    expect(view.session.phase).toBe("REVEAL");
    expect(view.items.every((i) => i.ratings.length === (i.kind === "claim" ? 9 : 6))).toBe(true);
    const [first, second] = view.items;
    expect(first.summary!.disagreement).toBeGreaterThanOrEqual(second.summary!.disagreement);
    const likelihood = first.summary!.perScale.find((p) => p.scale === "LIKELIHOOD")!;
    expect(likelihood.distribution.find((d) => d.value === "likely")!.raterIds.sort()).toEqual([s.users.editor.id, s.users.owner.id].sort());
    expect(view.agreement.map((a) => a.scale)).toEqual(["INFO_CREDIBILITY", "LIKELIHOOD", "CONFIDENCE"]);
    // One unit with variation on credibility: alpha is defined but low; confidence spread is total.
    expect(view.agreement.find((a) => a.scale === "CONFIDENCE")!.reading).toBe("unreliable");
  });

  it("records a judgment on revealed items only, revises with the version on screen, and keeps dissent attached", async () => {
    const s = await makeReviewSession();
    const sid = s.session.id;
    await expectRefused("CONFLICT", [s.ws], () => recordJudgment(s.callers.editor, s.ws, judgment(sid, s.disputeItem.id)));
    await revealAll(s.callers.editor, s.ws, { sessionId: sid });
    await expectAccessRules(s, ["reviewer", "viewer"], (caller, ws) => recordJudgment(caller, ws, judgment(sid, s.disputeItem.id)));
    await expectRefused("FORBIDDEN", [s.ws], () => recordJudgment(s.callers.owner, s.ws, judgment(sid, s.disputeItem.id)));
    await expectRefused("INVALID", [s.ws], () => recordJudgment(s.callers.editor, s.ws, judgment(sid, s.disputeItem.id, { likelihood: "probable" })));
    const { result: made } = await expectAudited(s.ws, [["judgment.record", "Judgment"]], () => recordJudgment(s.callers.editor, s.ws, judgment(sid, s.disputeItem.id)));
    expect(made).toMatchObject({ disputeId: s.dispute.id, reviewItemId: s.disputeItem.id, version: 1 });

    await expectRefused("CONFLICT", [s.ws], () => recordJudgment(s.callers.editor, s.ws, judgment(sid, s.disputeItem.id, { statement: "no version" })));
    const revised = await recordJudgment(s.callers.editor, s.ws, judgment(sid, s.disputeItem.id, { statement: "Revised.", version: 1 }));
    expect(revised.version).toBe(2);
    await expectRefused("CONFLICT", [s.ws], () => recordJudgment(s.callers.editor, s.ws, judgment(sid, s.disputeItem.id, { statement: "stale", version: 1 })));

    const dissent = { sessionId: sid, judgmentId: made.id, text: "The attacks were ISKP's last gasp." };
    await expectAccessRules(s, ["viewer"], (caller, ws) => recordDissent(caller, ws, dissent));
    await expectRefused("INVALID", [s.ws], () => recordDissent(s.callers.editor, s.ws, dissent));
    await expectAudited(s.ws, [["dissent.record", "Dissent"]], () => recordDissent(s.callers.reviewer, s.ws, dissent));
    const view = await getSession(s.callers.viewer, s.ws, sid);
    expect(view.session.phase).toBe("DECIDE");
    const item = view.items.find((i) => i.id === s.disputeItem.id)!;
    expect(item.judgment).toMatchObject({ statement: "Revised.", dissents: [{ text: dissent.text, authorName: s.users.reviewer.name }] });
  });
});

describe("closeSession", () => {
  it("reveals what was blind, freezes the session against every write, and stays readable and exportable", async () => {
    const s = await makeReviewSession();
    const sid = s.session.id;
    await rateAll(s.callers.owner, s.ws, s, { likelihood: "unlikely", confidence: "low", credibility: "4" });
    await revealItem(s.callers.editor, s.ws, { sessionId: sid, itemId: s.disputeItem.id });
    const made = await recordJudgment(s.callers.editor, s.ws, judgment(sid, s.disputeItem.id));
    await recordDissent(s.callers.owner, s.ws, { sessionId: sid, judgmentId: made.id, text: "Too confident." });
    await expectAccessRules(s, ["reviewer", "viewer"], (caller, ws) => closeSession(caller, ws, { sessionId: sid }));
    await expectRefused("FORBIDDEN", [s.ws], () => closeSession(s.callers.owner, s.ws, { sessionId: sid }));
    await closeSession(s.callers.editor, s.ws, { sessionId: sid });

    const writes = [
      () => rateItem(s.callers.reviewer, s.ws, { sessionId: sid, itemId: s.claimItem.id, scale: "LIKELIHOOD", value: "likely", rationale: "late" }),
      () => markFinished(s.callers.owner, s.ws, { sessionId: sid }),
      () => revealAll(s.callers.editor, s.ws, { sessionId: sid }),
      () => recordJudgment(s.callers.editor, s.ws, judgment(sid, s.claimItem.id)),
      () => recordDissent(s.callers.reviewer, s.ws, { sessionId: sid, judgmentId: made.id, text: "late" }),
      () => closeSession(s.callers.editor, s.ws, { sessionId: sid }),
    ];
    for (const write of writes) {
      await expectRefused("CONFLICT", [s.ws], write);
      await expect(write()).rejects.toThrow(/session is closed/);
    }

    const view = await getSession(s.callers.reviewer, s.ws, sid);
    expect(view.session.phase).toBe("CLOSED");
    expect(view.items.every((i) => i.revealedAt)).toBe(true);
    const record = await exportSession(s.callers.viewer, s.ws, sid);
    expect(record.markdown).toContain("**Dissent**");
    expect(record.markdown).toContain("Too confident.");
    expect(record.json.items.find((i) => i.kind === "claim")!.ratings).toHaveLength(3);
  });

  it("serialises a close against concurrent ratings: each rating lands before the close or is refused", async () => {
    const s = await makeReviewSession();
    const sid = s.session.id;
    const rate = (value: string) => rateItem(s.callers.reviewer, s.ws, { sessionId: sid, itemId: s.claimItem.id, scale: "INFO_CREDIBILITY", value, rationale: "r", changeReason: "again" });
    const results = await Promise.allSettled([rate("1"), closeSession(s.callers.editor, s.ws, { sessionId: sid }), rate("2")]);
    expect(results[1].status).toBe("fulfilled");
    const closedAt = (await db.reviewSession.findUniqueOrThrow({ where: { id: sid } })).closedAt!;
    const ratings = await db.rating.findMany({ where: { reviewItemId: s.claimItem.id } });
    for (const r of ratings) expect(r.createdAt.getTime()).toBeLessThanOrEqual(closedAt.getTime());
  });
});
