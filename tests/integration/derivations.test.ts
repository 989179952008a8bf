// Provenance: marking sources as derived from others, and corroboration that
// counts independent origins instead of articles.
import { describe, expect, it } from "vitest";
import { createClaim } from "../../lib/claims/write-claims";
import { db } from "../../lib/db/client";
import { getDisputeBoard } from "../../lib/disputes/read-disputes";
import { createDispute } from "../../lib/disputes/write-disputes";
import { createExcerpt } from "../../lib/sources/create-excerpt";
import { markDerived, removeDerivation, sourceProvenance } from "../../lib/sources/derivations";
import { countIndependentOrigins } from "../../lib/sources/origins";
import type { Caller } from "../../lib/auth/caller";
import { makeSource, makeTeam } from "../support/factories";
import { expectAccessRules, expectAudited, expectRefused, makeTeamWithSecondWorkspace } from "../support/more-factories";

const quote = "Without doubt, Daesh has been defeated and suppressed.";

async function passage(caller: Caller, workspaceId: string, title: string) {
  const source = await makeSource(caller, workspaceId);
  await db.source.update({ where: { id: source.id }, data: { title } });
  const start = source.text.indexOf(quote);
  const excerpt = await createExcerpt(caller, workspaceId, { sourceId: source.id, start, end: start + quote.length, exact: quote });
  return { source, excerpt };
}

describe("markDerived / removeDerivation", () => {
  it("marks, re-marks and removes a derivation, auditing each change", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const [wire, copy] = [await makeSource(team.callers.editor, ws), await makeSource(team.callers.editor, ws)];
    const { result } = await expectAudited(ws, [["source.markDerived", "SourceDerivation"]], () =>
      markDerived(team.callers.editor, ws, { sourceId: copy.id, originId: wire.id, kind: "WIRE_COPY" }),
    );
    expect(result).toMatchObject({ sourceId: copy.id, originId: wire.id, kind: "WIRE_COPY", note: "" });
    await expectAudited(ws, [["source.markDerived", "SourceDerivation"]], () =>
      markDerived(team.callers.editor, ws, { sourceId: copy.id, originId: wire.id, kind: "TRANSLATION_OF", note: "Dari translation" }),
    );
    // The same mark again writes nothing.
    await expectAudited(ws, [], () => markDerived(team.callers.editor, ws, { sourceId: copy.id, originId: wire.id, kind: "TRANSLATION_OF", note: "Dari translation" }));
    const provenance = await sourceProvenance(team.callers.viewer, ws, copy.id);
    expect(provenance.derivedFrom.map((d) => [d.origin.id, d.kind, d.note])).toEqual([[wire.id, "TRANSLATION_OF", "Dari translation"]]);
    expect((await sourceProvenance(team.callers.viewer, ws, wire.id)).copies.map((d) => d.source.id)).toEqual([copy.id]);
    await expectAudited(ws, [["source.removeDerivation", "SourceDerivation"]], () => removeDerivation(team.callers.editor, ws, { id: result.id }));
    expect(await db.sourceDerivation.count({ where: { workspaceId: ws } })).toBe(0);
  });

  it("refuses self-derivation and circles, naming originId, and stores nothing", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const [a, b, c] = [await makeSource(team.callers.editor, ws), await makeSource(team.callers.editor, ws), await makeSource(team.callers.editor, ws)];
    await expectRefused("INVALID", [ws], () => markDerived(team.callers.editor, ws, { sourceId: a.id, originId: a.id, kind: "QUOTES" }));
    await markDerived(team.callers.editor, ws, { sourceId: b.id, originId: a.id, kind: "QUOTES" });
    await markDerived(team.callers.editor, ws, { sourceId: c.id, originId: b.id, kind: "SUMMARISES" });
    await expectRefused("INVALID", [ws], () => markDerived(team.callers.editor, ws, { sourceId: a.id, originId: c.id, kind: "QUOTES" }));
    await expect(markDerived(team.callers.editor, ws, { sourceId: a.id, originId: b.id, kind: "QUOTES" })).rejects.toMatchObject({ fieldErrors: { originId: [expect.stringMatching(/circle/)] } });
    await expectRefused("INVALID", [ws], () => markDerived(team.callers.editor, ws, { sourceId: a.id, originId: b.id, kind: "COPIED" }));
  });

  it("is for editors and above; outsiders, signed-out callers and other workspaces' ids are refused", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const ws = team.workspace.id;
    const [a, b] = [await makeSource(team.callers.editor, ws), await makeSource(team.callers.editor, ws)];
    const theirs = await makeSource(team.callers.owner, team.other.id);
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, workspace) => markDerived(caller, workspace, { sourceId: a.id, originId: b.id, kind: "WIRE_COPY" }));
    await expectRefused("NOT_FOUND", [ws, team.other.id], () => markDerived(team.callers.owner, ws, { sourceId: a.id, originId: theirs.id, kind: "WIRE_COPY" }));
    await expectRefused("NOT_FOUND", [ws, team.other.id], () => markDerived(team.callers.owner, team.other.id, { sourceId: theirs.id, originId: a.id, kind: "WIRE_COPY" }));
    const mark = await markDerived(team.callers.editor, ws, { sourceId: a.id, originId: b.id, kind: "WIRE_COPY" });
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, workspace) => removeDerivation(caller, workspace, { id: mark.id }));
    await expectRefused("NOT_FOUND", [ws, team.other.id], () => removeDerivation(team.callers.owner, team.other.id, { id: mark.id }));
    await expect(sourceProvenance(team.callers.owner, team.other.id, a.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sourceProvenance(team.callers.outsider, ws, a.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("corroboration counts independent origins", () => {
  it("three outlets reprinting one wire report count once, and the board says whom they repeat", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const editor = team.callers.editor;
    const wire = await makeSource(editor, ws);
    await db.source.update({ where: { id: wire.id }, data: { title: "AFP dispatch" } });
    const outlets = [await passage(editor, ws, "Outlet one"), await passage(editor, ws, "Outlet two"), await passage(editor, ws, "Outlet three")];
    const independent = await passage(editor, ws, "Own reporting");
    const claim = await createClaim(editor, ws, { statement: "ISKP has been defeated", kind: "STATEMENT", excerptIds: outlets.map((o) => o.excerpt.id) });
    const dispute = await createDispute(editor, ws, { proposition: "ISKP is defeated", claims: [{ claimId: claim.id, side: "AFFIRMS" }] });

    const before = await getDisputeBoard(team.callers.viewer, ws, dispute.id);
    expect(before.affirming[0].corroboration).toMatchObject({ sources: 3, origins: 3 });

    for (const o of outlets) await markDerived(editor, ws, { sourceId: o.source.id, originId: wire.id, kind: "WIRE_COPY" });
    const after = await getDisputeBoard(team.callers.viewer, ws, dispute.id);
    expect(after.affirming[0].corroboration).toMatchObject({ sources: 3, origins: 1, groups: [{ originTitle: "AFP dispatch", repeats: 3, originIds: [wire.id] }] });

    // A translation of one copy is still the same origin; separate reporting is a second one.
    const translation = await passage(editor, ws, "Dari translation");
    await markDerived(editor, ws, { sourceId: translation.source.id, originId: outlets[0].source.id, kind: "TRANSLATION_OF" });
    const origins = await countIndependentOrigins(ws, [...outlets.map((o) => o.source.id), translation.source.id, independent.source.id, wire.id]);
    expect(origins.summarise([...outlets.map((o) => o.source.id), translation.source.id, independent.source.id, wire.id])).toMatchObject({ sources: 6, origins: 2 });
  });

  it("joins sources whose roots overlap: a summary of two reports and each report are one origin", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const [r1, r2, summary] = [await makeSource(team.callers.editor, ws), await makeSource(team.callers.editor, ws), await makeSource(team.callers.editor, ws)];
    await markDerived(team.callers.editor, ws, { sourceId: summary.id, originId: r1.id, kind: "SUMMARISES" });
    await markDerived(team.callers.editor, ws, { sourceId: summary.id, originId: r2.id, kind: "SUMMARISES" });
    const origins = await countIndependentOrigins(ws, [r1.id, r2.id, summary.id]);
    expect(origins.summarise([r1.id, r2.id])).toMatchObject({ sources: 2, origins: 2 });
    expect(origins.summarise([r1.id, r2.id, summary.id])).toMatchObject({ sources: 3, origins: 1 });
  });

  it("loads only the derivations reachable from the given sources", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const [a, b, x, y] = [await makeSource(team.callers.editor, ws), await makeSource(team.callers.editor, ws), await makeSource(team.callers.editor, ws), await makeSource(team.callers.editor, ws)];
    await markDerived(team.callers.editor, ws, { sourceId: a.id, originId: b.id, kind: "QUOTES" });
    await markDerived(team.callers.editor, ws, { sourceId: x.id, originId: y.id, kind: "QUOTES" });
    const { reachableDerivations } = await import("../../lib/sources/origins");
    expect(await reachableDerivations(db, ws, [a.id])).toEqual([{ sourceId: a.id, originId: b.id }]);
  });
});
