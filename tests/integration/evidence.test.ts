import { describe, expect, it } from "vitest";
import { getClaim } from "../../lib/claims/read-claims";
import { createClaim } from "../../lib/claims/write-claims";
import { db } from "../../lib/db/client";
import { createEvidenceLink, deleteEvidenceLink, updateEvidenceLink } from "../../lib/evidence/write-evidence";
import { makeClaimWithPassage, makeTeam } from "../support/factories";
import { expectAccessRules, expectAudited, expectRefused, makeIncident, makeTeamWithSecondWorkspace, snapshot, type Team } from "../support/more-factories";

async function makeEvidenceSetting(team: Team, workspaceId = team.workspace.id) {
  const caller = team.callers.owner;
  const { claim, excerpt } = await makeClaimWithPassage(caller, workspaceId);
  const counter = await createClaim(caller, workspaceId, { statement: "IS-K claimed the Mazar-i-Sharif bombing", kind: "RESPONSIBILITY" });
  const incident = await makeIncident(caller, workspaceId);
  return { claim, excerpt, counter, incident };
}

describe("createEvidenceLink", () => {
  it("links an excerpt, an incident or another claim, each audited once", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const { claim, excerpt, counter, incident } = await makeEvidenceSetting(team);
    for (const target of [{ excerptId: excerpt.id }, { incidentId: incident.id }, { fromClaimId: counter.id }]) {
      const { result: link, rows } = await expectAudited(ws, [["evidence.create", "EvidenceLink"]], () =>
        createEvidenceLink(team.callers.editor, ws, { claimId: claim.id, stance: "CONTRADICTS", note: "see the dates", ...target }),
      );
      expect(link).toMatchObject({ claimId: claim.id, stance: "CONTRADICTS", note: "see the dates", version: 1, createdById: team.users.editor.id, ...target });
      expect(rows[0].entityId).toBe(link.id);
    }
    const read = await getClaim(team.callers.viewer, ws, claim.id);
    expect(read.evidence.map((e) => [Boolean(e.excerpt), Boolean(e.incident), Boolean(e.fromClaim)])).toEqual([
      [true, false, false],
      [false, true, false],
      [false, false, true],
    ]);
  });

  it("needs exactly one of excerpt, incident or claim, and not the claim itself", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const { claim, excerpt, incident } = await makeEvidenceSetting(team);
    for (const [target, field] of [
      [{}, "excerptId"],
      [{ excerptId: excerpt.id, incidentId: incident.id }, "excerptId"],
      [{ fromClaimId: claim.id }, "fromClaimId"],
    ] as const) {
      const before = await snapshot(ws);
      const error = await createEvidenceLink(team.callers.editor, ws, { claimId: claim.id, stance: "SUPPORTS", ...target }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "INVALID", fieldErrors: { [field]: [expect.any(String)] } });
      expect(await snapshot(ws)).toEqual(before);
    }
  });

  it("is held to one target by the database too", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const { claim, excerpt, incident } = await makeEvidenceSetting(team);
    const insert = (excerptId: string | null, incidentId: string | null) =>
      db.$executeRawUnsafe(
        `INSERT INTO "EvidenceLink" (id, "workspaceId", "claimId", "excerptId", "incidentId", stance, "updatedAt") VALUES ($1, $2, $3, $4, $5, 'SUPPORTS', now())`,
        `raw-${Math.random()}`, ws, claim.id, excerptId, incidentId,
      );
    await expect(insert(excerpt.id, incident.id)).rejects.toThrow(/EvidenceLink_shape_check/);
    await expect(insert(null, null)).rejects.toThrow(/EvidenceLink_shape_check/);
    expect(await db.evidenceLink.count({ where: { claimId: claim.id } })).toBe(0);
    await insert(excerpt.id, null);
    expect(await db.evidenceLink.count({ where: { claimId: claim.id } })).toBe(1);
  });

  it("obeys the access rules and cannot reach claims, excerpts, incidents of another workspace", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const ws = team.workspace.id;
    const mine = await makeEvidenceSetting(team);
    const foreign = await makeEvidenceSetting(team, team.other.id);
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, w) => createEvidenceLink(caller, w, { claimId: mine.claim.id, excerptId: mine.excerpt.id, stance: "SUPPORTS" }));
    const both = [ws, team.other.id];
    for (const input of [
      { claimId: foreign.claim.id, excerptId: mine.excerpt.id },
      { claimId: mine.claim.id, excerptId: foreign.excerpt.id },
      { claimId: mine.claim.id, incidentId: foreign.incident.id },
      { claimId: mine.claim.id, fromClaimId: foreign.counter.id },
    ]) {
      await expectRefused("NOT_FOUND", both, () => createEvidenceLink(team.callers.owner, ws, { ...input, stance: "SUPPORTS" }));
    }
  });
});

describe("updateEvidenceLink and deleteEvidenceLink", () => {
  it("change the stance, then delete, each audited, each refusing a stale version", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const { claim, excerpt } = await makeEvidenceSetting(team);
    const link = await createEvidenceLink(team.callers.editor, ws, { claimId: claim.id, excerptId: excerpt.id, stance: "SUPPORTS" });
    const { result, rows } = await expectAudited(ws, [["evidence.update", "EvidenceLink"]], () =>
      updateEvidenceLink(team.callers.editor, ws, { id: link.id, version: 1, stance: "CONTEXT", note: "only background" }),
    );
    expect(result).toEqual({ id: link.id, version: 2 });
    expect(rows[0].before).toMatchObject({ stance: "SUPPORTS" });
    expect(await db.evidenceLink.findUniqueOrThrow({ where: { id: link.id } })).toMatchObject({ stance: "CONTEXT", note: "only background", version: 2 });

    await expectRefused("CONFLICT", [ws], () => updateEvidenceLink(team.callers.owner, ws, { id: link.id, version: 1, stance: "CONTRADICTS" }));
    await expectRefused("CONFLICT", [ws], () => deleteEvidenceLink(team.callers.owner, ws, { id: link.id, version: 1 }));
    await expectAudited(ws, [["evidence.delete", "EvidenceLink"]], () => deleteEvidenceLink(team.callers.owner, ws, { id: link.id, version: 2 }));
    expect(await db.evidenceLink.count({ where: { id: link.id } })).toBe(0);
    await expectRefused("NOT_FOUND", [ws], () => deleteEvidenceLink(team.callers.owner, ws, { id: link.id, version: 2 }));
  });

  it("obey the access rules and cannot reach another workspace's link", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const ws = team.workspace.id;
    const mine = await makeEvidenceSetting(team);
    const link = await createEvidenceLink(team.callers.owner, ws, { claimId: mine.claim.id, excerptId: mine.excerpt.id, stance: "SUPPORTS" });
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, w) => updateEvidenceLink(caller, w, { id: link.id, version: 1, stance: "CONTEXT" }));
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, w) => deleteEvidenceLink(caller, w, { id: link.id, version: 1 }));
    const foreign = await makeEvidenceSetting(team, team.other.id);
    const foreignLink = await createEvidenceLink(team.callers.owner, team.other.id, { claimId: foreign.claim.id, excerptId: foreign.excerpt.id, stance: "SUPPORTS" });
    const both = [ws, team.other.id];
    await expectRefused("NOT_FOUND", both, () => updateEvidenceLink(team.callers.owner, ws, { id: foreignLink.id, version: 1, stance: "CONTEXT" }));
    await expectRefused("NOT_FOUND", both, () => deleteEvidenceLink(team.callers.owner, ws, { id: foreignLink.id, version: 1 }));
  });
});
