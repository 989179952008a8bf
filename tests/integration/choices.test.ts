// Pickers find older claims and sources by their words: every word at a word start,
// folded as search folds them, newest claims first, within the caller's workspace.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { CHOICES, findClaimChoices, findSourceChoices } from "../../lib/search/choices";
import { createSource } from "../../lib/sources/create-source";
import { uniqueSuffix } from "../support/factories";
import { makeTeamWithSecondWorkspace } from "../support/more-factories";

let team: Awaited<ReturnType<typeof makeTeamWithSecondWorkspace>>;
const claimIds: string[] = [];

beforeAll(async () => {
  team = await makeTeamWithSecondWorkspace();
  const suffix = uniqueSuffix();
  // The claims' SearchText rows come from the database's triggers, as for any write.
  const statements = [
    "Taliban officials said the Kunduz mosque attack was carried out by ISKP",
    "ISKP claimed the attack on the Kunduz mosque",
    "The governor of Kandahar denied any attack",
    ...Array.from({ length: CHOICES + 3 }, (_, i) => `Routine report ${i} on the Kunduz markets`),
  ];
  for (const [i, statement] of statements.entries()) {
    const id = `cho-${suffix}-${String(i).padStart(2, "0")}`;
    claimIds.push(id);
    await db.claim.create({ data: { id, workspaceId: team.workspace.id, statement, kind: "STATEMENT", madeAt: new Date(Date.UTC(2024, 0, 1 + i)) } });
  }
  await db.claim.create({ data: { workspaceId: team.other.id, statement: "ISKP claimed the attack on the Kunduz mosque", kind: "STATEMENT" } });
}, 60_000);

describe("finding choices for a picker", () => {
  it("finds claims holding every word, at word starts, newest first, without the excluded ones", async () => {
    const found = await findClaimChoices(team.callers.viewer, team.workspace.id, "kunduz MOSQUE");
    expect(found.map((c) => c.id)).toEqual([claimIds[1], claimIds[0]]);
    expect(await findClaimChoices(team.callers.viewer, team.workspace.id, "mosq kund")).toHaveLength(2);
    expect(await findClaimChoices(team.callers.viewer, team.workspace.id, "osque")).toEqual([]);
    const without = await findClaimChoices(team.callers.viewer, team.workspace.id, "kunduz mosque", [claimIds[1]]);
    expect(without.map((c) => c.id)).toEqual([claimIds[0]]);
  });

  it("offers at most CHOICES, the newest", async () => {
    const found = await findClaimChoices(team.callers.viewer, team.workspace.id, "routine report");
    expect(found).toHaveLength(CHOICES);
    expect(found[0].id).toBe(claimIds[claimIds.length - 1]);
  });

  it("finds sources by words of their title or text, never the source itself", async () => {
    const a = await createSource(team.callers.editor, team.workspace.slug, { title: "Wire dispatch on Kunduz", publisher: "AFP", language: "en", text: "Gunmen attacked a mosque in Kunduz on Friday." });
    const b = await createSource(team.callers.editor, team.workspace.slug, { title: "Local copy", publisher: "Kabul Now", language: "en", text: "Gunmen attacked a mosque in Kunduz on Friday, AFP reported." });
    const found = await findSourceChoices(team.callers.viewer, team.workspace.slug, "kunduz mosque", a.source.id);
    expect(found.map((s) => s.id)).toEqual([b.source.id]);
    expect((await findSourceChoices(team.callers.viewer, team.workspace.slug, "wire dispatch", b.source.id)).map((s) => s.title)).toEqual(["Wire dispatch on Kunduz"]);
  });

  it("says what is wrong with an empty search, and keeps to the caller's workspace", async () => {
    await expect(findClaimChoices(team.callers.viewer, team.workspace.id, "  ")).rejects.toMatchObject({ code: "INVALID", message: "Type a word to look for" });
    await expect(findClaimChoices(team.callers.viewer, team.workspace.id, "mosque", "not a list")).rejects.toMatchObject({ code: "INVALID" });
    await expect(findClaimChoices(team.callers.outsider, team.workspace.id, "mosque")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findSourceChoices(null, team.workspace.id, "mosque", "")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
