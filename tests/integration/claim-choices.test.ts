import { describe, expect, it } from "vitest";
import { CLAIM_CHOICES_LIMIT, listClaimChoices } from "../../lib/claims/claim-choices";
import { db } from "../../lib/db/client";
import { listDisputes } from "../../lib/disputes/read-disputes";
import { uniqueSuffix } from "../support/factories";
import { makeTeamWithSecondWorkspace } from "../support/more-factories";

// Bounded reads for large workspaces: the claim picker on dispute and source pages
// and the home page's dispute list (bench/RESULTS.md measured the unbounded ones).
describe("bounded lists for large workspaces", () => {
  it("offers the latest claims up to the limit, newest first, without the excluded ones or another workspace's", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const suffix = uniqueSuffix();
    // Volume, not behaviour, is under test here, so the rows are written in one statement.
    await db.claim.createMany({
      data: Array.from({ length: CLAIM_CHOICES_LIMIT + 5 }, (_, i) => ({
        id: `choice-${suffix}-${String(i).padStart(3, "0")}`,
        workspaceId: team.workspace.id,
        statement: `Claim ${i}`,
        kind: "STATEMENT" as const,
        madeAt: new Date(Date.UTC(2024, 0, 1) + i * 86_400_000),
      })),
    });
    await db.claim.create({ data: { id: `choice-${suffix}-other`, workspaceId: team.other.id, statement: "Elsewhere", kind: "STATEMENT", madeAt: new Date(Date.UTC(2030, 0, 1)) } });

    const newest = `choice-${suffix}-${String(CLAIM_CHOICES_LIMIT + 4).padStart(3, "0")}`;
    const choices = await listClaimChoices(team.callers.viewer, team.workspace.id);
    expect(choices).toHaveLength(CLAIM_CHOICES_LIMIT);
    expect(choices[0].id).toBe(newest);
    expect(choices.some((c) => c.id.endsWith("-other"))).toBe(false);

    const without = await listClaimChoices(team.callers.viewer, team.workspace.id, [newest]);
    expect(without.map((c) => c.id)).not.toContain(newest);
    expect(without).toHaveLength(CLAIM_CHOICES_LIMIT);
  });

  it("refuses outsiders and the signed-out like every read", async () => {
    const team = await makeTeamWithSecondWorkspace();
    await expect(listClaimChoices(team.callers.outsider, team.workspace.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listClaimChoices(null, team.workspace.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("lists the most recently updated disputes first, bounded by take", async () => {
    const team = await makeTeamWithSecondWorkspace();
    await db.dispute.createMany({
      data: Array.from({ length: 4 }, (_, i) => ({ workspaceId: team.workspace.id, proposition: `Proposition ${i}`, updatedAt: new Date(Date.UTC(2024, 0, 1 + i)) })),
    });
    const latest = await listDisputes(team.callers.viewer, team.workspace.id, { take: 2 });
    expect(latest.map((d) => d.proposition)).toEqual(["Proposition 3", "Proposition 2"]);
    expect(await listDisputes(team.callers.viewer, team.workspace.id)).toHaveLength(4);
  });
});
