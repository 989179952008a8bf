import { describe, expect, it } from "vitest";
import { getClaim } from "../../lib/claims/read-claims";
import { updateClaim } from "../../lib/claims/write-claims";
import { db } from "../../lib/db/client";
import { makeClaimWithPassage, makeTeam } from "../support/factories";

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
