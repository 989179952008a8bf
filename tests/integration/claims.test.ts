import { describe, expect, it } from "vitest";
import { getClaim, listClaims } from "../../lib/claims/read-claims";
import { attachAppearance, createClaim, updateClaim } from "../../lib/claims/write-claims";
import { db } from "../../lib/db/client";
import { createExcerpt } from "../../lib/sources/create-excerpt";
import { makeClaimWithPassage, makeSource, makeTeam } from "../support/factories";
import { expectAccessRules, expectAudited, expectRefused, makeActor, makeTeamWithSecondWorkspace, snapshot } from "../support/more-factories";

describe("claims", () => {
  it("creates a claim anchored to a passage and audits it in the same transaction", async () => {
    const team = await makeTeam();
    const before = await db.auditEvent.count({ where: { workspaceId: team.workspace.id } });
    const { claim, excerpt } = await makeClaimWithPassage(team.callers.editor, team.workspace.id);
    const read = await getClaim(team.callers.viewer, team.workspace.id, claim.id);
    expect(read.appearances.map((a) => a.excerpt.id)).toEqual([excerpt.id]);
    expect(read.appearances[0].excerpt.exact).toBe("Without doubt, Daesh has been defeated and suppressed.");
    const after = await db.auditEvent.count({ where: { workspaceId: team.workspace.id } });
    expect(after - before).toBe(3); // source, excerpt, claim
  });

  it("refuses a stale edit with a conflict and keeps the first edit", async () => {
    const team = await makeTeam();
    const { claim } = await makeClaimWithPassage(team.callers.editor, team.workspace.id);
    const base = { id: claim.id, version: claim.version, kind: "STATEMENT" };
    await updateClaim(team.callers.editor, team.workspace.id, { ...base, statement: "First edit" });
    await expect(updateClaim(team.callers.owner, team.workspace.id, { ...base, statement: "Second edit" })).rejects.toMatchObject({ code: "CONFLICT" });
    const read = await getClaim(team.callers.viewer, team.workspace.id, claim.id);
    expect(read.statement).toBe("First edit");
    expect(read.version).toBe(2);
  });

  it("lets no viewer, reviewer or outsider create a claim", async () => {
    const team = await makeTeam();
    const { claim } = await makeClaimWithPassage(team.callers.editor, team.workspace.id);
    const edit = { id: claim.id, version: 1, kind: "STATEMENT", statement: "x" };
    await expect(updateClaim(team.callers.viewer, team.workspace.id, edit)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateClaim(team.callers.reviewer, team.workspace.id, edit)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateClaim(team.callers.outsider, team.workspace.id, edit)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateClaim(null, team.workspace.id, edit)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("createClaim", () => {
  it("records claimant, organisation, date and passages, audited once", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const spokesman = await makeActor(team.callers.editor, ws, "Zabihullah Mujahid", "PERSON");
    const taliban = await makeActor(team.callers.editor, ws, "Taliban");
    const source = await makeSource(team.callers.editor, ws);
    const excerpt = await createExcerpt(team.callers.editor, ws, { sourceId: source.id, start: 0, end: 18 });
    const { result: claim, rows } = await expectAudited(ws, [["claim.create", "Claim"]], () =>
      createClaim(team.callers.editor, ws, { statement: "Daesh has been defeated", kind: "STATEMENT", claimantId: spokesman.id, onBehalfOfId: taliban.id, madeAt: "2022-05-03", madePrecision: "DAY", excerptIds: [excerpt.id, excerpt.id] }),
    );
    expect(rows[0].entityId).toBe(claim.id);
    const read = await getClaim(team.callers.viewer, ws, claim.id);
    expect(read).toMatchObject({ claimant: { name: "Zabihullah Mujahid" }, onBehalfOf: { name: "Taliban" }, madePrecision: "DAY", createdById: team.users.editor.id });
    expect(read.madeAt?.toISOString()).toBe("2022-05-03T00:00:00.000Z");
    expect(read.appearances.map((a) => a.excerptId)).toEqual([excerpt.id]);
  });

  it("needs a value or range and a unit for a numeric claim, naming the fields", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const before = await snapshot(ws);
    const error = await createClaim(team.callers.editor, ws, { statement: "ISKP has 4,000 fighters", kind: "NUMERIC" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INVALID" });
    expect(Object.keys((error as { fieldErrors: object }).fieldErrors).sort()).toEqual(["numericUnit", "numericValue"]);
    expect(await snapshot(ws)).toEqual(before);
    const claim = await createClaim(team.callers.editor, ws, { statement: "ISKP has 1,500 to 4,000 fighters", kind: "NUMERIC", numericLow: "1500", numericHigh: "4000", numericUnit: "fighters" });
    expect(claim).toMatchObject({ numericLow: 1500, numericHigh: 4000, numericValue: null, numericUnit: "fighters" });
  });

  it("refuses actors and excerpts of another workspace and stores nothing", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const both = [team.workspace.id, team.other.id];
    const foreignActor = await makeActor(team.callers.owner, team.other.id);
    const foreign = await makeClaimWithPassage(team.callers.owner, team.other.id);
    for (const [input, field] of [
      [{ claimantId: foreignActor.id }, "claimantId"],
      [{ excerptIds: [foreign.excerpt.id] }, "excerptIds"],
    ] as const) {
      const before = await snapshot(...both);
      const error = await createClaim(team.callers.owner, team.workspace.id, { statement: "x", kind: "STATEMENT", ...input }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "INVALID", fieldErrors: { [field]: [expect.any(String)] } });
      expect(await snapshot(...both)).toEqual(before);
    }
  });

  it("obeys the access rules", async () => {
    const team = await makeTeam();
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, ws) => createClaim(caller, ws, { statement: "x", kind: "DENIAL" }));
  });
});

describe("updateClaim", () => {
  it("edits, bumps the version and audits before and after", async () => {
    const team = await makeTeam();
    const { claim } = await makeClaimWithPassage(team.callers.editor, team.workspace.id);
    const { result, rows } = await expectAudited(team.workspace.id, [["claim.update", "Claim"]], () =>
      updateClaim(team.callers.owner, team.workspace.id, { id: claim.id, version: 1, statement: "ISKP was suppressed", kind: "ASSESSMENT", madeAt: "2022-01-01", madePrecision: "YEAR" }),
    );
    expect(result).toEqual({ id: claim.id, version: 2 });
    expect(rows[0].before).toMatchObject({ statement: "ISKP has been defeated", version: 1 });
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ statement: "ISKP was suppressed", kind: "ASSESSMENT", madePrecision: "YEAR" });
  });

  it("cannot reach a claim of another workspace", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const foreign = await makeClaimWithPassage(team.callers.owner, team.other.id);
    await expectRefused("NOT_FOUND", [team.workspace.id, team.other.id], () =>
      updateClaim(team.callers.owner, team.workspace.id, { id: foreign.claim.id, version: 1, statement: "Hijacked", kind: "STATEMENT" }),
    );
  });

  it("stores nothing when refused for role, membership or sign-in", async () => {
    const team = await makeTeam();
    const { claim } = await makeClaimWithPassage(team.callers.editor, team.workspace.id);
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, ws) => updateClaim(caller, ws, { id: claim.id, version: 1, statement: "x", kind: "STATEMENT" }));
  });
});

describe("attachAppearance", () => {
  it("records another passage for a claim, once", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const { claim, source } = await makeClaimWithPassage(team.callers.editor, ws);
    const second = await createExcerpt(team.callers.editor, ws, { sourceId: source.id, start: 0, end: 18 });
    const { result } = await expectAudited(ws, [["claim.attachAppearance", "ClaimAppearance"]], () => attachAppearance(team.callers.editor, ws, { claimId: claim.id, excerptId: second.id }));
    expect(result).toMatchObject({ claimId: claim.id, excerptId: second.id });
    // Attaching the same passage again changes nothing, so it records nothing.
    const before = await snapshot(ws);
    const mark = await db.auditEvent.count({ where: { workspaceId: ws } });
    expect((await attachAppearance(team.callers.editor, ws, { claimId: claim.id, excerptId: second.id })).id).toBe(result.id);
    expect(await snapshot(ws)).toEqual(before);
    expect(await db.auditEvent.count({ where: { workspaceId: ws } })).toBe(mark);
    expect((await listClaims(team.callers.viewer, ws))[0]._count.appearances).toBe(2);
  });

  it("obeys the access rules and cannot join claims and passages across workspaces", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const mine = await makeClaimWithPassage(team.callers.owner, team.workspace.id);
    const foreign = await makeClaimWithPassage(team.callers.owner, team.other.id);
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, ws) => attachAppearance(caller, ws, { claimId: mine.claim.id, excerptId: mine.excerpt.id }));
    const both = [team.workspace.id, team.other.id];
    await expectRefused("NOT_FOUND", both, () => attachAppearance(team.callers.owner, team.workspace.id, { claimId: mine.claim.id, excerptId: foreign.excerpt.id }));
    await expectRefused("NOT_FOUND", both, () => attachAppearance(team.callers.owner, team.workspace.id, { claimId: foreign.claim.id, excerptId: mine.excerpt.id }));
  });
});
