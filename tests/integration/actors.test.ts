import { describe, expect, it } from "vitest";
import { listActors } from "../../lib/actors/read-actors";
import { addAffiliation, createActor } from "../../lib/actors/write-actors";
import { db } from "../../lib/db/client";
import { normalizeName } from "../../lib/text/normalize";
import { makeTeam } from "../support/factories";
import { expectAccessRules, expectAudited, expectRefused, makeActor, makeTeamWithSecondWorkspace } from "../support/more-factories";

describe("createActor", () => {
  it("stores every name it goes by, folded for matching, once each", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const aliases = [
      { alias: "ISKP" },
      { alias: "iskp" }, // folds to the same as ISKP: kept once
      { alias: "IS-K" },
      { alias: "Daesh" },
      { alias: "داعش", language: "fa" },
      { alias: "دولت اسلامی ولایت خراسان", language: "fa" },
      { alias: "دولت اسلامي ولايت خراسان", language: "ar" }, // Arabic ي: the same name
    ];
    const { result: actor, rows } = await expectAudited(ws, [["actor.create", "Actor"]], () =>
      createActor(team.callers.editor, ws, { name: "Islamic State Khorasan Province", kind: "ORGANISATION", description: "Afghan branch", aliases }),
    );
    expect(rows[0].entityId).toBe(actor.id);
    // All aliases are written in one statement, so they share a creation time: compare in alias order.
    const stored = await db.actorAlias.findMany({ where: { actorId: actor.id }, orderBy: { alias: "asc" } });
    const byAlias = (a: (string | null)[], b: (string | null)[]) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0);
    expect(stored.map((a) => [a.alias, a.normalized, a.language]).sort(byAlias)).toEqual([
      ["Islamic State Khorasan Province", "islamic state khorasan province", null],
      ["ISKP", "iskp", null],
      ["IS-K", "is k", null],
      ["Daesh", "daesh", null],
      ["داعش", "داعش", "fa"],
      ["دولت اسلامی ولایت خراسان", normalizeName("دولت اسلامی ولایت خراسان"), "fa"],
    ].sort(byAlias));
    expect(stored.every((a) => a.workspaceId === ws)).toBe(true);
    // Found by any spelling of any alias.
    const found = await db.actorAlias.findMany({ where: { workspaceId: ws, normalized: normalizeName("is–k") }, select: { actorId: true } });
    expect(found).toEqual([{ actorId: actor.id }]);
  });

  it("refuses a second actor with the same name and stores nothing", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    await makeActor(team.callers.editor, ws, "Taliban");
    const error = await createActor(team.callers.editor, ws, { name: " Taliban ", kind: "ORGANISATION" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INVALID", fieldErrors: { name: [expect.any(String)] } });
    await expectRefused("INVALID", [ws], () => createActor(team.callers.editor, ws, { name: "Taliban", kind: "PERSON" }));
    await expectRefused("INVALID", [ws], () => createActor(team.callers.editor, ws, { name: "Someone", kind: "GROUP" }));
  });

  it("allows the same name in another workspace", async () => {
    const team = await makeTeamWithSecondWorkspace();
    await makeActor(team.callers.owner, team.workspace.id, "Taliban");
    await expect(makeActor(team.callers.owner, team.other.id, "Taliban")).resolves.toMatchObject({ workspaceId: team.other.id });
  });

  it("obeys the access rules", async () => {
    const team = await makeTeam();
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, ws) => createActor(caller, ws, { name: "Zabihullah Mujahid", kind: "PERSON" }));
  });
});

describe("addAffiliation", () => {
  it("records that a person speaks for an organisation, audited once", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const mujahid = await makeActor(team.callers.editor, ws, "Zabihullah Mujahid", "PERSON");
    const taliban = await makeActor(team.callers.editor, ws, "Taliban");
    const { result, rows } = await expectAudited(ws, [["actor.affiliate", "Affiliation"]], () =>
      addAffiliation(team.callers.editor, ws, { personId: mujahid.id, organisationId: taliban.id, role: "spokesman" }),
    );
    expect(result).toMatchObject({ personId: mujahid.id, organisationId: taliban.id, role: "spokesman", workspaceId: ws });
    expect(rows[0].entityId).toBe(result.id);
    const listed = await listActors(team.callers.viewer, ws);
    expect(listed.find((a) => a.id === mujahid.id)?.memberOf.map((m) => [m.organisation.name, m.role])).toEqual([["Taliban", "spokesman"]]);
  });

  it("refuses a person as the organisation, and the same affiliation twice, as invalid input", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const mujahid = await makeActor(team.callers.editor, ws, "Zabihullah Mujahid", "PERSON");
    const other = await makeActor(team.callers.editor, ws, "Another person", "PERSON");
    const taliban = await makeActor(team.callers.editor, ws, "Taliban");
    await expectRefused("INVALID", [ws], () => addAffiliation(team.callers.editor, ws, { personId: mujahid.id, organisationId: other.id, role: "spokesman" }));
    await addAffiliation(team.callers.editor, ws, { personId: mujahid.id, organisationId: taliban.id, role: "spokesman" });
    const error = await addAffiliation(team.callers.editor, ws, { personId: mujahid.id, organisationId: taliban.id, role: "spokesman" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INVALID", fieldErrors: { role: [expect.any(String)] } });
    await expectRefused("INVALID", [ws], () => addAffiliation(team.callers.editor, ws, { personId: mujahid.id, organisationId: taliban.id, role: "spokesman" }));
    // Another role in the same organisation is a separate affiliation.
    await addAffiliation(team.callers.editor, ws, { personId: mujahid.id, organisationId: taliban.id, role: "deputy minister of information" });
  });

  it("obeys the access rules and cannot reach actors of another workspace", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const ws = team.workspace.id;
    const person = await makeActor(team.callers.owner, ws, "Zabihullah Mujahid", "PERSON");
    const organisation = await makeActor(team.callers.owner, ws, "Taliban");
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, w) => addAffiliation(caller, w, { personId: person.id, organisationId: organisation.id, role: "spokesman" }));
    const foreignPerson = await makeActor(team.callers.owner, team.other.id, "Foreign person", "PERSON");
    const foreignOrganisation = await makeActor(team.callers.owner, team.other.id, "Foreign organisation");
    const both = [ws, team.other.id];
    await expectRefused("NOT_FOUND", both, () => addAffiliation(team.callers.owner, ws, { personId: foreignPerson.id, organisationId: organisation.id, role: "spokesman" }));
    await expectRefused("INVALID", both, () => addAffiliation(team.callers.owner, ws, { personId: person.id, organisationId: foreignOrganisation.id, role: "spokesman" }));
  });
});
