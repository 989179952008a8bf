import { describe, expect, it } from "vitest";
import { createClaim } from "../../lib/claims/write-claims";
import { linkClaims, listClaimLinks, unlinkClaims } from "../../lib/claims/links";
import { GET as linksGet, POST as linksPost } from "../../app/api/v1/workspaces/[workspace]/claims/[id]/links/route";
import { DELETE as linkDelete } from "../../app/api/v1/workspaces/[workspace]/claims/[id]/links/[linkId]/route";
import { callApi, expectError, makeApiTeam } from "../support/api";
import { makeClaimWithPassage, makeTeam } from "../support/factories";
import { expectAccessRules, expectAudited, expectRefused, makeIncident, makeTeamWithSecondWorkspace } from "../support/more-factories";

async function twoClaims(caller: Parameters<typeof createClaim>[0], ws: string) {
  const { claim: defeated } = await makeClaimWithPassage(caller!, ws);
  const count = await createClaim(caller, ws, { statement: "119 attacks", kind: "NUMERIC", numericValue: 119, numericUnit: "attacks" });
  return { defeated, count };
}

describe("linkClaims", () => {
  it("links a claim to another claim and to an incident, audited, listed both ways, once", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const { defeated, count } = await twoClaims(team.callers.editor, ws);
    const incident = await makeIncident(team.callers.editor, ws);
    const { result: link } = await expectAudited(ws, [["claim.link", "ClaimLink"]], () =>
      linkClaims(team.callers.editor, ws, { fromClaimId: count.id, type: "CONTRADICTS", toClaimId: defeated.id, note: "A rising count" }),
    );
    expect(link).toMatchObject({ fromClaimId: count.id, toClaimId: defeated.id, incidentId: null, note: "A rising count", createdById: team.users.editor.id });
    await linkClaims(team.callers.editor, ws, { fromClaimId: count.id, type: "CONCERNS_INCIDENT", incidentId: incident.id });
    await expectAudited(ws, [], () => linkClaims(team.callers.editor, ws, { fromClaimId: count.id, type: "CONTRADICTS", toClaimId: defeated.id }));

    const fromCount = await listClaimLinks(team.callers.viewer, ws, count.id);
    expect(fromCount.outgoing.map((l) => [l.type, l.toClaim?.id ?? l.incident?.id])).toEqual([["CONTRADICTS", defeated.id], ["CONCERNS_INCIDENT", incident.id]]);
    const toDefeated = await listClaimLinks(team.callers.viewer, ws, defeated.id);
    expect(toDefeated.incoming.map((l) => l.fromClaim.id)).toEqual([count.id]);

    await expectAudited(ws, [["claim.unlink", "ClaimLink"]], () => unlinkClaims(team.callers.editor, ws, { id: link.id }));
    expect((await listClaimLinks(team.callers.viewer, ws, defeated.id)).incoming).toEqual([]);
  });

  it("refuses self-links, missing or mismatched targets, naming the field", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const { defeated } = await twoClaims(team.callers.editor, ws);
    const incident = await makeIncident(team.callers.editor, ws);
    for (const [input, field] of [
      [{ type: "CONTRADICTS", toClaimId: defeated.id }, "toClaimId"],
      [{ type: "CONTRADICTS" }, "toClaimId"],
      [{ type: "CONCERNS_INCIDENT" }, "incidentId"],
      [{ type: "SUPPORTS", incidentId: incident.id }, "toClaimId"],
      [{ type: "RELATES", toClaimId: defeated.id }, "type"],
    ] as const) {
      const error = await linkClaims(team.callers.editor, ws, { fromClaimId: defeated.id, ...input }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "INVALID", fieldErrors: { [field]: [expect.any(String)] } });
    }
  });

  it("obeys the access rules and keeps workspaces apart", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const ws = team.workspace.id;
    const both = [ws, team.other.id];
    const { defeated, count } = await twoClaims(team.callers.owner, ws);
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, w) => linkClaims(caller, w, { fromClaimId: count.id, type: "DENIES", toClaimId: defeated.id }));
    const foreign = await twoClaims(team.callers.owner, team.other.id);
    const foreignIncident = await makeIncident(team.callers.owner, team.other.id);
    await expectRefused("INVALID", both, () => linkClaims(team.callers.owner, ws, { fromClaimId: count.id, type: "DENIES", toClaimId: foreign.defeated.id }));
    await expectRefused("INVALID", both, () => linkClaims(team.callers.owner, ws, { fromClaimId: count.id, type: "CONCERNS_INCIDENT", incidentId: foreignIncident.id }));
    await expectRefused("NOT_FOUND", both, () => linkClaims(team.callers.owner, ws, { fromClaimId: foreign.count.id, type: "DENIES", toClaimId: defeated.id }));
    const link = await linkClaims(team.callers.owner, team.other.id, { fromClaimId: foreign.count.id, type: "DENIES", toClaimId: foreign.defeated.id });
    await expectRefused("NOT_FOUND", both, () => unlinkClaims(team.callers.owner, ws, { id: link.id }));
    const mine = await linkClaims(team.callers.owner, ws, { fromClaimId: count.id, type: "DENIES", toClaimId: defeated.id });
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, w) => unlinkClaims(caller, w, { id: mine.id }));
    await expect(listClaimLinks(team.callers.outsider, ws, count.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("claim links API", () => {
  it("creates, lists and deletes links under a claim", async () => {
    const team = await makeApiTeam();
    const { defeated, count } = await twoClaims(team.callers.editor, team.workspace.id);
    const params = { ...team.ws, id: count.id };
    expectError(await callApi(linksPost, "POST", { params, token: team.tokens.reviewer, body: { type: "CONTRADICTS", toClaimId: defeated.id } }), 403, "FORBIDDEN");
    const created = await callApi(linksPost, "POST", { params, token: team.tokens.editor, body: { type: "CONTRADICTS", toClaimId: defeated.id } });
    expect(created.status).toBe(201);
    const listed = await callApi(linksGet, "GET", { params: { ...team.ws, id: defeated.id }, token: team.tokens.viewer });
    expect(listed.body.incoming).toHaveLength(1);
    // A link can only be deleted through a claim at one of its ends.
    const { claim: unrelated } = await makeClaimWithPassage(team.callers.editor, team.workspace.id);
    expectError(await callApi(linkDelete, "DELETE", { params: { ...team.ws, id: unrelated.id, linkId: created.body.id }, token: team.tokens.editor }), 404, "NOT_FOUND");
    const deleted = await callApi(linkDelete, "DELETE", { params: { ...team.ws, id: defeated.id, linkId: created.body.id }, token: team.tokens.editor });
    expect(deleted.body).toEqual({ id: created.body.id });
  });
});
