import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { listTags } from "../../lib/tags/read-tags";
import { createTag, deleteTag, renameTag, tagClaim, untagClaim } from "../../lib/tags/write-tags";
import { POST as tagsPost } from "../../app/api/v1/workspaces/[workspace]/tags/route";
import { PATCH as tagPatch } from "../../app/api/v1/workspaces/[workspace]/tags/[id]/route";
import { POST as claimTagPost } from "../../app/api/v1/workspaces/[workspace]/claims/[id]/tags/route";
import { callApi, expectError, makeApiTeam } from "../support/api";
import { makeClaimWithPassage, makeTeam } from "../support/factories";
import { expectAccessRules, expectAudited, expectRefused, makeTeamWithSecondWorkspace } from "../support/more-factories";

describe("the tag vocabulary", () => {
  it("is made, renamed and deleted by owners, with versions and audit", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const { result: tag } = await expectAudited(ws, [["tag.create", "Tag"]], () => createTag(team.callers.owner, ws, { name: "taliban-statement", description: "Said by the Taliban" }));
    const { result: renamed } = await expectAudited(ws, [["tag.rename", "Tag"]], () => renameTag(team.callers.owner, ws, { id: tag.id, version: 1, name: "taliban statement" }));
    expect(renamed).toEqual({ id: tag.id, version: 2 });
    await expectRefused("CONFLICT", [ws], () => renameTag(team.callers.owner, ws, { id: tag.id, version: 1, name: "stale" }));
    await expect(createTag(team.callers.owner, ws, { name: "Taliban Statement" })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { name: [expect.stringContaining("already exists")] } });
    await expect(createTag(team.callers.owner, ws, { name: "  " })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { name: ["is required"] } });

    const { claim } = await makeClaimWithPassage(team.callers.editor, ws);
    await tagClaim(team.callers.editor, ws, { claimId: claim.id, tagId: tag.id });
    expect((await listTags(team.callers.viewer, ws))[0]._count.claims).toBe(1);
    await expectRefused("CONFLICT", [ws], () => deleteTag(team.callers.owner, ws, { id: tag.id, version: 1 }));
    await expectAudited(ws, [["tag.delete", "Tag"]], () => deleteTag(team.callers.owner, ws, { id: tag.id, version: 2 }));
    expect(await db.claimTag.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("cannot be changed by an editor, and obeys the access rules", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    await expectAccessRules(team, ["editor", "reviewer", "viewer"], (caller, w) => createTag(caller, w, { name: "new" }));
    const tag = await createTag(team.callers.owner, ws, { name: "kept" });
    await expectAccessRules(team, ["editor"], (caller, w) => renameTag(caller, w, { id: tag.id, version: 1, name: "x" }));
    await expectAccessRules(team, ["editor"], (caller, w) => deleteTag(caller, w, { id: tag.id, version: 1 }));
  });

  it("keeps workspaces apart", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const foreign = await createTag(team.callers.owner, team.other.id, { name: "elsewhere" });
    const both = [team.workspace.id, team.other.id];
    await expectRefused("NOT_FOUND", both, () => renameTag(team.callers.owner, team.workspace.id, { id: foreign.id, version: 1, name: "taken" }));
    await expectRefused("NOT_FOUND", both, () => deleteTag(team.callers.owner, team.workspace.id, { id: foreign.id, version: 1 }));
    // The same name may exist in each workspace.
    await createTag(team.callers.owner, team.workspace.id, { name: "elsewhere" });
  });
});

describe("tagging claims", () => {
  it("applies vocabulary tags (editor and up), once, and removes them", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const tag = await createTag(team.callers.owner, ws, { name: "iskp-claim" });
    const { claim } = await makeClaimWithPassage(team.callers.editor, ws);
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, w) => tagClaim(caller, w, { claimId: claim.id, tagId: tag.id }));
    const { result } = await expectAudited(ws, [["claim.tag", "Claim"]], () => tagClaim(team.callers.editor, ws, { claimId: claim.id, tagId: tag.id }));
    expect(result).toMatchObject({ added: true, name: "iskp-claim" });
    await expectAudited(ws, [], () => tagClaim(team.callers.editor, ws, { claimId: claim.id, tagId: tag.id }));
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, w) => untagClaim(caller, w, { claimId: claim.id, tagId: tag.id }));
    await expectAudited(ws, [["claim.untag", "Claim"]], () => untagClaim(team.callers.editor, ws, { claimId: claim.id, tagId: tag.id }));
    expect(await db.claimTag.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("refuses a tag or claim of another workspace, storing nothing", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const ws = team.workspace.id;
    const both = [ws, team.other.id];
    const foreignTag = await createTag(team.callers.owner, team.other.id, { name: "elsewhere" });
    const tag = await createTag(team.callers.owner, ws, { name: "here" });
    const { claim } = await makeClaimWithPassage(team.callers.owner, ws);
    const foreign = await makeClaimWithPassage(team.callers.owner, team.other.id);
    await expectRefused("INVALID", both, () => tagClaim(team.callers.owner, ws, { claimId: claim.id, tagId: foreignTag.id }));
    await expectRefused("NOT_FOUND", both, () => tagClaim(team.callers.owner, ws, { claimId: foreign.claim.id, tagId: tag.id }));
  });
});

describe("tag API", () => {
  it("creates (owner only), patches and applies tags", async () => {
    const team = await makeApiTeam();
    expectError(await callApi(tagsPost, "POST", { params: team.ws, token: team.tokens.editor, body: { name: "x" } }), 403, "FORBIDDEN");
    const created = await callApi(tagsPost, "POST", { params: team.ws, token: team.tokens.owner, body: { name: "responsibility" } });
    expect(created.status).toBe(201);
    const patched = await callApi(tagPatch, "PATCH", { params: { ...team.ws, id: created.body.id }, token: team.tokens.owner, body: { version: 1, description: "A claim of responsibility" } });
    expect(patched.body).toEqual({ id: created.body.id, version: 2 });
    expect((await db.tag.findUniqueOrThrow({ where: { id: created.body.id } })).name).toBe("responsibility");
    const { claim } = await makeClaimWithPassage(team.callers.editor, team.workspace.id);
    expectError(await callApi(claimTagPost, "POST", { params: { ...team.ws, id: claim.id }, token: team.tokens.reviewer, body: { tagId: created.body.id } }), 403, "FORBIDDEN");
    const applied = await callApi(claimTagPost, "POST", { params: { ...team.ws, id: claim.id }, token: team.tokens.editor, body: { tagId: created.body.id } });
    expect(applied.body).toMatchObject({ added: true });
  });
});
