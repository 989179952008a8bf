import { describe, expect, it } from "vitest";
import { createClaim } from "../../lib/claims/write-claims";
import { db } from "../../lib/db/client";
import { getDisputeBoard, listDisputes } from "../../lib/disputes/read-disputes";
import { createDispute, placeClaim, removeClaim, updateDispute } from "../../lib/disputes/write-disputes";
import { createEvidenceLink } from "../../lib/evidence/write-evidence";
import { createExcerpt } from "../../lib/sources/create-excerpt";
import { makeClaimWithPassage, makeSource, makeTeam } from "../support/factories";
import { expectAccessRules, expectAudited, expectRefused, makeTeamWithSecondWorkspace, snapshot, type Team } from "../support/more-factories";

async function makeDisputeWithClaims(team: Team, workspaceId = team.workspace.id) {
  const caller = team.callers.owner;
  const affirming = await makeClaimWithPassage(caller, workspaceId);
  const disputing = await createClaim(caller, workspaceId, { statement: "IS-K claimed four attacks", kind: "RESPONSIBILITY" });
  const dispute = await createDispute(caller, workspaceId, {
    proposition: "ISKP was defeated in 2022",
    claims: [{ claimId: affirming.claim.id, side: "AFFIRMS" }, { claimId: disputing.id, side: "DISPUTES" }],
  });
  return { dispute, affirming, disputing };
}

describe("createDispute", () => {
  it("creates the proposition with claims on each side, audited once", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const a = await makeClaimWithPassage(team.callers.editor, ws);
    const d = await createClaim(team.callers.editor, ws, { statement: "Attacks continued", kind: "STATEMENT" });
    const { result: dispute, rows } = await expectAudited(ws, [["dispute.create", "Dispute"]], () =>
      createDispute(team.callers.editor, ws, { proposition: "ISKP was defeated", summary: "", claims: [{ claimId: a.claim.id, side: "AFFIRMS" }, { claimId: d.id, side: "DISPUTES" }] }),
    );
    expect(rows[0].entityId).toBe(dispute.id);
    const placed = await db.disputeClaim.findMany({ where: { disputeId: dispute.id }, orderBy: { position: "asc" } });
    expect(placed.map((p) => [p.claimId, p.side, p.position])).toEqual([[a.claim.id, "AFFIRMS", 0], [d.id, "DISPUTES", 1]]);
    expect(dispute).toMatchObject({ status: "OPEN", summary: "", createdById: team.users.editor.id });
  });

  it("refuses a claim on both sides, and claims of another workspace, storing nothing", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const ws = team.workspace.id;
    const mine = await makeClaimWithPassage(team.callers.owner, ws);
    const foreign = await makeClaimWithPassage(team.callers.owner, team.other.id);
    const both = [ws, team.other.id];
    const twice = { proposition: "p", claims: [{ claimId: mine.claim.id, side: "AFFIRMS" }, { claimId: mine.claim.id, side: "DISPUTES" }] };
    await expectRefused("INVALID", both, () => createDispute(team.callers.owner, ws, twice));
    await expectRefused("INVALID", both, () => createDispute(team.callers.owner, ws, { proposition: "p", claims: [{ claimId: foreign.claim.id, side: "AFFIRMS" }] }));
    await expectRefused("INVALID", both, () => createDispute(team.callers.owner, ws, { proposition: "  " }));
  });

  it("obeys the access rules", async () => {
    const team = await makeTeam();
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, ws) => createDispute(caller, ws, { proposition: "p" }));
  });
});

describe("updateDispute", () => {
  it("edits status and wording, refuses a stale version, cannot reach another workspace", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const ws = team.workspace.id;
    const { dispute } = await makeDisputeWithClaims(team);
    const edit = { id: dispute.id, version: 1, proposition: "ISKP was not defeated", summary: "Attacks went on", status: "UNDER_REVIEW" };
    const { result, rows } = await expectAudited(ws, [["dispute.update", "Dispute"]], () => updateDispute(team.callers.editor, ws, edit));
    expect(result).toEqual({ id: dispute.id, version: 2 });
    expect(rows[0].before).toMatchObject({ status: "OPEN", version: 1 });
    expect(await db.dispute.findUniqueOrThrow({ where: { id: dispute.id } })).toMatchObject({ status: "UNDER_REVIEW", summary: "Attacks went on", version: 2 });
    await expectRefused("CONFLICT", [ws], () => updateDispute(team.callers.owner, ws, { ...edit, status: "CLOSED" }));
    await expectRefused("INVALID", [ws], () => updateDispute(team.callers.owner, ws, { ...edit, version: 2, status: "SETTLED" }));
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, w) => updateDispute(caller, w, { ...edit, version: 2 }));
    const foreign = await makeDisputeWithClaims(team, team.other.id);
    await expectRefused("NOT_FOUND", [ws, team.other.id], () => updateDispute(team.callers.owner, ws, { ...edit, id: foreign.dispute.id }));
  });
});

describe("placeClaim and removeClaim", () => {
  it("adds a claim at the end, moves it to the other side, then removes it, auditing each", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const { dispute } = await makeDisputeWithClaims(team);
    const extra = await createClaim(team.callers.editor, ws, { statement: "Attacks fell by 70 percent", kind: "ASSESSMENT" });
    const { result: placed } = await expectAudited(ws, [["dispute.placeClaim", "DisputeClaim"]], () => placeClaim(team.callers.editor, ws, { disputeId: dispute.id, claimId: extra.id, side: "AFFIRMS" }));
    expect(placed).toMatchObject({ side: "AFFIRMS", position: 2, version: 1 });
    const { result: moved } = await expectAudited(ws, [["dispute.placeClaim", "DisputeClaim"]], () => placeClaim(team.callers.editor, ws, { disputeId: dispute.id, claimId: extra.id, side: "DISPUTES" }));
    expect(moved).toMatchObject({ id: placed.id, side: "DISPUTES", position: 2, version: 2 });
    expect(await db.disputeClaim.count({ where: { disputeId: dispute.id } })).toBe(3);
    const { rows } = await expectAudited(ws, [["dispute.removeClaim", "DisputeClaim"]], () => removeClaim(team.callers.editor, ws, { disputeId: dispute.id, claimId: extra.id }));
    expect(rows[0].before).toMatchObject({ claimId: extra.id, side: "DISPUTES" });
    expect(await db.disputeClaim.count({ where: { disputeId: dispute.id } })).toBe(2);
    expect(await db.claim.count({ where: { id: extra.id } })).toBe(1);
    await expectRefused("NOT_FOUND", [ws], () => removeClaim(team.callers.editor, ws, { disputeId: dispute.id, claimId: extra.id }));
    await expectRefused("INVALID", [ws], () => placeClaim(team.callers.editor, ws, { disputeId: dispute.id, claimId: extra.id, side: "NEUTRAL" }));
  });

  it("places a new claim after the last one even when an earlier one was removed", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const { dispute, affirming } = await makeDisputeWithClaims(team);
    await removeClaim(team.callers.editor, ws, { disputeId: dispute.id, claimId: affirming.claim.id });
    const extra = await createClaim(team.callers.editor, ws, { statement: "Attacks fell", kind: "ASSESSMENT" });
    await placeClaim(team.callers.editor, ws, { disputeId: dispute.id, claimId: extra.id, side: "AFFIRMS" });
    const positions = (await db.disputeClaim.findMany({ where: { disputeId: dispute.id }, orderBy: { position: "asc" } })).map((p) => p.position);
    expect(positions).toEqual([1, 2]);
  });

  it("obey the access rules and cannot mix disputes and claims across workspaces", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const ws = team.workspace.id;
    const mine = await makeDisputeWithClaims(team);
    const foreign = await makeDisputeWithClaims(team, team.other.id);
    const both = [ws, team.other.id];
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, w) => placeClaim(caller, w, { disputeId: mine.dispute.id, claimId: mine.disputing.id, side: "AFFIRMS" }));
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, w) => removeClaim(caller, w, { disputeId: mine.dispute.id, claimId: mine.disputing.id }));
    await expectRefused("NOT_FOUND", both, () => placeClaim(team.callers.owner, ws, { disputeId: mine.dispute.id, claimId: foreign.disputing.id, side: "AFFIRMS" }));
    await expectRefused("NOT_FOUND", both, () => placeClaim(team.callers.owner, ws, { disputeId: foreign.dispute.id, claimId: mine.disputing.id, side: "AFFIRMS" }));
    await expectRefused("NOT_FOUND", both, () => removeClaim(team.callers.owner, ws, { disputeId: foreign.dispute.id, claimId: foreign.disputing.id }));
  });
});

describe("reading disputes", () => {
  it("lists each dispute with its claims split by side, in this workspace only", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const { dispute, affirming, disputing } = await makeDisputeWithClaims(team);
    await makeDisputeWithClaims(team, team.other.id);
    const listed = await listDisputes(team.callers.viewer, team.workspace.id);
    expect(listed.map((d) => d.id)).toEqual([dispute.id]);
    expect(listed[0].affirming.map((c) => c.id)).toEqual([affirming.claim.id]);
    expect(listed[0].disputing.map((c) => c.id)).toEqual([disputing.id]);
    await expect(listDisputes(team.callers.outsider, team.workspace.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDisputeBoard(team.callers.owner, team.other.id, dispute.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDisputeBoard(null, team.workspace.id, dispute.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("counts independent origins: two articles copied from one wire report are one origin", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const caller = team.callers.editor;
    const { dispute, affirming } = await makeDisputeWithClaims(team);
    const copies = [await makeSource(caller, ws), await makeSource(caller, ws)];
    for (const copy of copies) {
      const excerpt = await createExcerpt(caller, ws, { sourceId: copy.id, start: 0, end: 18 });
      await createEvidenceLink(caller, ws, { claimId: affirming.claim.id, excerptId: excerpt.id, stance: "SUPPORTS" });
    }
    // Context is not corroboration.
    const context = await makeSource(caller, ws);
    const contextExcerpt = await createExcerpt(caller, ws, { sourceId: context.id, start: 0, end: 18 });
    await createEvidenceLink(caller, ws, { claimId: affirming.claim.id, excerptId: contextExcerpt.id, stance: "CONTEXT" });

    const board = async () => (await getDisputeBoard(team.callers.viewer, ws, dispute.id)).affirming[0].corroboration;
    expect(await board()).toMatchObject({ sources: 3, origins: 3 });

    const wire = await makeSource(caller, ws);
    for (const copy of copies) {
      await db.sourceDerivation.create({ data: { workspaceId: ws, sourceId: copy.id, originId: wire.id, kind: "WIRE_COPY" } });
    }
    expect(await board()).toMatchObject({ sources: 3, origins: 2 });

    // The passage the claim appears in is itself quoted from one of the copies: all one origin.
    await db.sourceDerivation.create({ data: { workspaceId: ws, sourceId: affirming.source.id, originId: copies[0].id, kind: "QUOTES" } });
    expect(await board()).toMatchObject({ sources: 3, origins: 1 });

    const full = await getDisputeBoard(team.callers.viewer, ws, dispute.id);
    expect(full.disputing[0].corroboration).toMatchObject({ sources: 0, origins: 0 });
    expect(full.affirming[0].claim.evidence).toHaveLength(3);
    const before = await snapshot(ws);
    await getDisputeBoard(team.callers.viewer, ws, dispute.id);
    expect(await snapshot(ws)).toEqual(before);
  });
});
