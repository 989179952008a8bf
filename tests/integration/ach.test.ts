import { describe, expect, it } from "vitest";
import { getAchMatrix, achEvidenceChoices } from "../../lib/ach/read-matrix";
import { rateAchCell, rateAchCells } from "../../lib/ach/rate-cells";
import { addAchEvidence, removeAchEvidence, updateAchEvidence } from "../../lib/ach/write-evidence";
import { addHypothesis, removeHypothesis, updateHypothesis } from "../../lib/ach/write-hypotheses";
import { createClaim } from "../../lib/claims/write-claims";
import { db } from "../../lib/db/client";
import { createDispute } from "../../lib/disputes/write-disputes";
import { createEvidenceLink } from "../../lib/evidence/write-evidence";
import { makeClaimWithPassage, makeTeam } from "../support/factories";
import { expectAccessRules, expectAudited, expectRefused, makeIncident, makeTeamWithSecondWorkspace, type Team } from "../support/more-factories";

/** A dispute with a claim on each side, an incident cited for one, two hypotheses and two evidence rows. */
async function makeAch(team: Team, workspaceId = team.workspace.id) {
  const caller = team.callers.owner;
  const { claim, excerpt } = await makeClaimWithPassage(caller, workspaceId);
  const counter = await createClaim(caller, workspaceId, { statement: "IS-K claimed four attacks", kind: "RESPONSIBILITY" });
  const incident = await makeIncident(caller, workspaceId);
  await createEvidenceLink(caller, workspaceId, { claimId: counter.id, incidentId: incident.id, stance: "SUPPORTS" });
  const dispute = await createDispute(caller, workspaceId, {
    proposition: "ISKP was defeated in 2022",
    claims: [{ claimId: claim.id, side: "AFFIRMS" }, { claimId: counter.id, side: "DISPUTES" }],
  });
  const h1 = await addHypothesis(caller, workspaceId, { disputeId: dispute.id, label: "H1", statement: "ISKP was defeated" });
  const h2 = await addHypothesis(caller, workspaceId, { disputeId: dispute.id, label: "H2", statement: "ISKP changed tactics" });
  const e1 = await addAchEvidence(caller, workspaceId, { disputeId: dispute.id, claimId: claim.id, credibility: "LOW", relevance: "HIGH" });
  const e2 = await addAchEvidence(caller, workspaceId, { disputeId: dispute.id, incidentId: incident.id, credibility: "HIGH", relevance: "HIGH" });
  return { dispute, claim, counter, excerpt, incident, h1, h2, e1, e2 };
}

describe("hypotheses", () => {
  it("adds them in order, edits at the version read, removes with their ratings; audited", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const ach = await makeAch(team);
    const { result: h3, rows } = await expectAudited(ws, [["ach.addHypothesis", "Hypothesis"]], () =>
      addHypothesis(team.callers.editor, ws, { disputeId: ach.dispute.id, label: "H3", statement: "The raids were staged" }),
    );
    expect(h3).toMatchObject({ position: 2, version: 1, workspaceId: ws });
    expect(rows[0].entityId).toBe(h3.id);
    const edit = { id: h3.id, version: 1, label: "H3", statement: "Some raids were staged" };
    const { result } = await expectAudited(ws, [["ach.updateHypothesis", "Hypothesis"]], () => updateHypothesis(team.callers.editor, ws, edit));
    expect(result).toEqual({ id: h3.id, version: 2 });
    // A second editor still holding version 1 loses, and their text is not stored.
    await expectRefused("CONFLICT", [ws], () => updateHypothesis(team.callers.owner, ws, { ...edit, statement: "All raids were staged" }));
    await expectRefused("INVALID", [ws], () => updateHypothesis(team.callers.owner, ws, { ...edit, version: 2, label: "  " }));
    await rateAchCell(team.callers.reviewer, ws, { hypothesisId: h3.id, evidenceId: ach.e1.id, consistency: "I" });
    await expectRefused("CONFLICT", [ws], () => removeHypothesis(team.callers.editor, ws, { id: h3.id, version: 1 }));
    const { rows: removed } = await expectAudited(ws, [["ach.removeHypothesis", "Hypothesis"]], () => removeHypothesis(team.callers.editor, ws, { id: h3.id, version: 2 }));
    expect(removed[0].before).toMatchObject({ label: "H3", cells: [{ consistency: "I" }] });
    expect(await db.achRating.count({ where: { hypothesisId: h3.id } })).toBe(0);
  });

  it("obey the access rules and stay in their workspace", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const ws = team.workspace.id;
    const mine = await makeAch(team);
    const foreign = await makeAch(team, team.other.id);
    const both = [ws, team.other.id];
    await expectAccessRules(team, ["reviewer", "viewer"], (c, w) => addHypothesis(c, w, { disputeId: mine.dispute.id, label: "H", statement: "s" }));
    await expectAccessRules(team, ["reviewer", "viewer"], (c, w) => updateHypothesis(c, w, { id: mine.h1.id, version: 1, label: "H", statement: "s" }));
    await expectAccessRules(team, ["reviewer", "viewer"], (c, w) => removeHypothesis(c, w, { id: mine.h1.id, version: 1 }));
    await expectRefused("NOT_FOUND", both, () => addHypothesis(team.callers.owner, ws, { disputeId: foreign.dispute.id, label: "H", statement: "s" }));
    await expectRefused("NOT_FOUND", both, () => updateHypothesis(team.callers.owner, ws, { id: foreign.h1.id, version: 1, label: "H", statement: "s" }));
    await expectRefused("NOT_FOUND", both, () => removeHypothesis(team.callers.owner, ws, { id: foreign.h1.id, version: 1 }));
  });
});

describe("ACH evidence", () => {
  it("adds rows from a claim, an excerpt, an incident or a description, described from what they cite", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const ach = await makeAch(team);
    expect(ach.e1).toMatchObject({ description: "ISKP has been defeated", claimId: ach.claim.id, credibility: "LOW", relevance: "HIGH", position: 0 });
    expect(ach.e2).toMatchObject({ description: ach.incident.title, incidentId: ach.incident.id, position: 1 });
    const { result: fromExcerpt } = await expectAudited(ws, [["ach.addEvidence", "AchEvidence"]], () =>
      addAchEvidence(team.callers.editor, ws, { disputeId: ach.dispute.id, excerptId: ach.excerpt.id, possiblyDeceptive: "on" }),
    );
    expect(fromExcerpt).toMatchObject({ description: `“${ach.excerpt.exact}” (Test article)`, credibility: "MEDIUM", relevance: "MEDIUM", possiblyDeceptive: true, position: 2 });
    const free = await addAchEvidence(team.callers.editor, ws, { disputeId: ach.dispute.id, description: "No funerals were reported", claimId: "" });
    expect(free).toMatchObject({ description: "No funerals were reported", claimId: null, possiblyDeceptive: false });
    await expectRefused("INVALID", [ws], () => addAchEvidence(team.callers.editor, ws, { disputeId: ach.dispute.id }));
    await expectRefused("INVALID", [ws], () => addAchEvidence(team.callers.editor, ws, { disputeId: ach.dispute.id, claimId: ach.claim.id, incidentId: ach.incident.id }));
    await expectRefused("INVALID", [ws], () => addAchEvidence(team.callers.editor, ws, { disputeId: ach.dispute.id, description: "x", credibility: "EXTREME" }));
  });

  it("changes weights and the deceptive flag at the version read; refuses stale edits", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const { e1 } = await makeAch(team);
    const edit = { id: e1.id, version: 1, description: e1.description, credibility: "HIGH", relevance: "LOW", possiblyDeceptive: true };
    const { rows } = await expectAudited(ws, [["ach.updateEvidence", "AchEvidence"]], () => updateAchEvidence(team.callers.editor, ws, edit));
    expect(rows[0].before).toMatchObject({ credibility: "LOW", possiblyDeceptive: false });
    expect(await db.achEvidence.findUniqueOrThrow({ where: { id: e1.id } })).toMatchObject({ credibility: "HIGH", relevance: "LOW", possiblyDeceptive: true, version: 2 });
    await expectRefused("CONFLICT", [ws], () => updateAchEvidence(team.callers.owner, ws, { ...edit, credibility: "MEDIUM" }));
    await expectRefused("CONFLICT", [ws], () => removeAchEvidence(team.callers.owner, ws, { id: e1.id, version: 1 }));
    await expectAudited(ws, [["ach.removeEvidence", "AchEvidence"]], () => removeAchEvidence(team.callers.owner, ws, { id: e1.id, version: 2 }));
  });

  it("obeys the access rules and cannot cite another workspace's claims, excerpts or incidents", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const ws = team.workspace.id;
    const mine = await makeAch(team);
    const foreign = await makeAch(team, team.other.id);
    const both = [ws, team.other.id];
    const d = mine.dispute.id;
    await expectAccessRules(team, ["reviewer", "viewer"], (c, w) => addAchEvidence(c, w, { disputeId: d, description: "x" }));
    await expectAccessRules(team, ["reviewer", "viewer"], (c, w) => updateAchEvidence(c, w, { id: mine.e1.id, version: 1, description: "x", credibility: "LOW", relevance: "LOW" }));
    await expectAccessRules(team, ["reviewer", "viewer"], (c, w) => removeAchEvidence(c, w, { id: mine.e1.id, version: 1 }));
    for (const cited of [{ claimId: foreign.claim.id }, { excerptId: foreign.excerpt.id }, { incidentId: foreign.incident.id }]) {
      await expectRefused("NOT_FOUND", both, () => addAchEvidence(team.callers.owner, ws, { disputeId: d, ...cited }));
    }
    await expectRefused("NOT_FOUND", both, () => addAchEvidence(team.callers.owner, ws, { disputeId: foreign.dispute.id, description: "x" }));
    await expectRefused("NOT_FOUND", both, () => updateAchEvidence(team.callers.owner, ws, { id: foreign.e1.id, version: 1, description: "x", credibility: "LOW", relevance: "LOW" }));
  });
});

describe("rating cells", () => {
  it("creates, changes and withdraws the caller's own rating, each at the version read, audited", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const { h1, e1 } = await makeAch(team);
    const cell = { hypothesisId: h1.id, evidenceId: e1.id };
    const { result: first } = await expectAudited(ws, [["ach.rateCell", "AchRating"]], () => rateAchCell(team.callers.reviewer, ws, { ...cell, consistency: "I" }));
    expect(first).toMatchObject({ raterId: team.users.reviewer.id, consistency: "I", version: 1 });
    // Rated already: without the version it would overwrite unseen changes.
    await expectRefused("CONFLICT", [ws], () => rateAchCell(team.callers.reviewer, ws, { ...cell, consistency: "C" }));
    const { rows } = await expectAudited(ws, [["ach.rateCell", "AchRating"]], () => rateAchCell(team.callers.reviewer, ws, { ...cell, consistency: "II", version: 1 }));
    expect([rows[0].before, rows[0].after]).toMatchObject([{ consistency: "I" }, { consistency: "II", version: 2 }]);
    // Two tabs: the one still at version 1 is refused.
    await expectRefused("CONFLICT", [ws], () => rateAchCell(team.callers.reviewer, ws, { ...cell, consistency: "CC", version: 1 }));
    // Saving the same rating again writes nothing and audits nothing.
    await expectAudited(ws, [], () => rateAchCell(team.callers.reviewer, ws, { ...cell, consistency: "II", version: "2" }));
    // Another reviewer's rating of the same cell is theirs, independent of this one.
    await rateAchCell(team.callers.editor, ws, { ...cell, consistency: "C" });
    expect(await db.achRating.count({ where: cell })).toBe(2);
    await expectAudited(ws, [["ach.rateCell", "AchRating"]], () => rateAchCell(team.callers.reviewer, ws, { ...cell, consistency: "", version: 2 }));
    expect(await db.achRating.findMany({ where: cell, select: { raterId: true } })).toEqual([{ raterId: team.users.editor.id }]);
    await expectRefused("CONFLICT", [ws], () => rateAchCell(team.callers.reviewer, ws, { ...cell, consistency: "C", version: 2 }));
    await expectRefused("INVALID", [ws], () => rateAchCell(team.callers.reviewer, ws, { ...cell, consistency: "VC" }));
  });

  it("saves a batch all together or not at all", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const { h1, h2, e1, e2 } = await makeAch(team);
    await expectAudited(ws, [["ach.rateCell", "AchRating"], ["ach.rateCell", "AchRating"]], () =>
      rateAchCells(team.callers.reviewer, ws, { cells: [{ hypothesisId: h1.id, evidenceId: e1.id, consistency: "C" }, { hypothesisId: h2.id, evidenceId: e1.id, consistency: "I" }] }),
    );
    // The second cell is stale, so the first (new) one is not kept either.
    const stale = [{ hypothesisId: h1.id, evidenceId: e2.id, consistency: "N" }, { hypothesisId: h1.id, evidenceId: e1.id, consistency: "CC" }];
    await expectRefused("CONFLICT", [ws], () => rateAchCells(team.callers.reviewer, ws, { cells: stale }));
    const twice = [{ hypothesisId: h1.id, evidenceId: e2.id, consistency: "N" }, { hypothesisId: h1.id, evidenceId: e2.id, consistency: "I" }];
    await expectRefused("INVALID", [ws], () => rateAchCells(team.callers.reviewer, ws, { cells: twice }));
  });

  it("is for reviewers and up, in their own workspace, within one dispute", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const ws = team.workspace.id;
    const mine = await makeAch(team);
    const foreign = await makeAch(team, team.other.id);
    const both = [ws, team.other.id];
    await expectAccessRules(team, ["viewer"], (c, w) => rateAchCell(c, w, { hypothesisId: mine.h1.id, evidenceId: mine.e1.id, consistency: "C" }));
    await expectRefused("NOT_FOUND", both, () => rateAchCell(team.callers.owner, ws, { hypothesisId: foreign.h1.id, evidenceId: mine.e1.id, consistency: "C" }));
    await expectRefused("NOT_FOUND", both, () => rateAchCell(team.callers.owner, ws, { hypothesisId: mine.h1.id, evidenceId: foreign.e1.id, consistency: "C" }));
    // Same workspace, different disputes: not a cell of any matrix.
    const other = await makeAch(team);
    await expectRefused("NOT_FOUND", [ws], () => rateAchCell(team.callers.owner, ws, { hypothesisId: mine.h1.id, evidenceId: other.e1.id, consistency: "C" }));
  });
});

describe("getAchMatrix", () => {
  it("scores the team, each reviewer and the caller, with and without possibly deceptive rows", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const ws = team.workspace.id;
    const { dispute, h1, h2, e1, e2 } = await makeAch(team);
    // e1 weighs LOW × HIGH = 1, e2 HIGH × HIGH = 4.
    const rate = (who: "reviewer" | "editor" | "owner", h: string, e: string, consistency: string) => rateAchCell(team.callers[who], ws, { hypothesisId: h, evidenceId: e, consistency });
    await rate("reviewer", h1.id, e2.id, "II");
    await rate("editor", h1.id, e2.id, "I");
    await rate("owner", h1.id, e2.id, "I");
    await rate("reviewer", h2.id, e2.id, "C");
    await rate("reviewer", h1.id, e1.id, "C");
    await rate("reviewer", h2.id, e1.id, "I");
    await updateAchEvidence(team.callers.editor, ws, { id: e2.id, version: 1, description: e2.description, credibility: "HIGH", relevance: "HIGH", possiblyDeceptive: true });

    const matrix = await getAchMatrix(team.callers.viewer, team.workspace.slug, dispute.id);
    expect(matrix.hypotheses.map((h) => h.label)).toEqual(["H1", "H2"]);
    expect(matrix.team.cells[`${h1.id}:${e2.id}`]).toEqual({ code: "I", disagrees: true, spread: 1, count: 3 });
    // Team: H1 = 4×-1 = -4 (median of II, I, I); H2 = 1×-1 = -1.
    expect(matrix.team.score.hypotheses.map((h) => h.inconsistency)).toEqual([-4, -1]);
    expect(matrix.team.score.ranking).toEqual([h2.id, h1.id]);
    const reviewer = matrix.byRater.find((r) => r.rater.id === team.users.reviewer.id)!;
    // Reviewer alone: H1 = 4×-2 = -8; H2 = 1×-1 = -1.
    expect(reviewer.score.hypotheses.map((h) => h.inconsistency)).toEqual([-8, -1]);
    expect(matrix.byRater).toHaveLength(3);
    expect(matrix.mine).toMatchObject({ raterId: team.users.viewer.id, cells: {} });

    const honest = await getAchMatrix(team.callers.reviewer, ws, dispute.id, { excludeDeceptive: true });
    expect(honest.team.score.hypotheses.map((h) => h.inconsistency)).toEqual([0, -1]);
    expect(honest.team.score.ranking).toEqual([h1.id, h2.id]);
    expect(honest.mine.cells).toEqual({ [`${h1.id}:${e2.id}`]: "II", [`${h2.id}:${e2.id}`]: "C", [`${h1.id}:${e1.id}`]: "C", [`${h2.id}:${e1.id}`]: "I" });

    await expect(getAchMatrix(team.callers.outsider, ws, dispute.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getAchMatrix(null, ws, dispute.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(getAchMatrix(team.callers.owner, team.other.id, dispute.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("offers the dispute's claims and the excerpts and incidents cited for them", async () => {
    const team = await makeTeam();
    const ach = await makeAch(team);
    const choices = await achEvidenceChoices(team.callers.editor, team.workspace.id, ach.dispute.id);
    expect(choices.claims.map((c) => [c.id, c.side])).toEqual([[ach.claim.id, "AFFIRMS"], [ach.counter.id, "DISPUTES"]]);
    expect(choices.incidents).toEqual([{ id: ach.incident.id, title: ach.incident.title }]);
    await expect(achEvidenceChoices(team.callers.outsider, team.workspace.id, ach.dispute.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
