import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { createExcerpt } from "../../lib/sources/create-excerpt";
import { getExcerpt, listExcerpts } from "../../lib/sources/read-sources";
import { CONTEXT_LENGTH, sha256Hex } from "../../lib/text/anchor";
import { makeSource, makeTeam, uniqueSuffix } from "../support/factories";
import { expectAccessRules, expectAudited, expectRefused, makeTeamWithSecondWorkspace } from "../support/more-factories";

const persian = "سخنگوی طالبان، ذبیح‌الله مجاهد، گفت که «داعش در افغانستان شکست خورده است» 🙂 و این ادعا را تکرار کرد. ";

describe("createExcerpt", () => {
  it("anchors by position and quote: offsets reproduce exact, with 32 characters of context", async () => {
    const team = await makeTeam();
    const source = await makeSource(team.callers.editor, team.workspace.id, `${persian}${"x".repeat(40)} ${uniqueSuffix()}`);
    const exact = "داعش در افغانستان شکست خورده است";
    const start = source.text.indexOf(exact);
    const { result: excerpt, rows } = await expectAudited(team.workspace.id, [["excerpt.create", "Excerpt"]], () =>
      createExcerpt(team.callers.editor, team.workspace.id, { sourceId: source.id, start, end: start + exact.length, exact, textSha256: sha256Hex(source.text), note: "the denial" }),
    );
    const stored = await db.excerpt.findUniqueOrThrow({ where: { id: excerpt.id } });
    const text = (await db.source.findUniqueOrThrow({ where: { id: source.id } })).text;
    expect(text.slice(stored.start, stored.end)).toBe(stored.exact);
    expect(stored.exact).toBe(exact);
    expect(stored.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(stored.suffix).toHaveLength(CONTEXT_LENGTH);
    expect(stored.prefix).toBe(text.slice(start - 32, start));
    expect(stored.suffix).toBe(text.slice(stored.end, stored.end + 32));
    expect(stored).toMatchObject({ textVersion: 1, textSha256: sha256Hex(text), anchorStatus: "ANCHORED", note: "the denial", createdById: team.users.editor.id });
    expect(rows[0].entityId).toBe(excerpt.id);
  });

  it("keeps shorter context at the edges of the text", async () => {
    const team = await makeTeam();
    const text = `Daesh was defeated. ${uniqueSuffix()}`;
    const source = await makeSource(team.callers.editor, team.workspace.id, text);
    const atStart = await createExcerpt(team.callers.editor, team.workspace.id, { sourceId: source.id, start: 0, end: 5 });
    expect(atStart).toMatchObject({ exact: "Daesh", prefix: "", suffix: text.slice(5) });
    const atEnd = await createExcerpt(team.callers.editor, team.workspace.id, { sourceId: source.id, start: text.length - 10, end: text.length });
    expect(atEnd).toMatchObject({ exact: text.slice(-10), prefix: text.slice(0, text.length - 10), suffix: "" });
  });

  it("counts offsets in UTF-16 code units, so an emoji takes two", async () => {
    const team = await makeTeam();
    const text = `🙂🙂 داعش ${uniqueSuffix()}`;
    const source = await makeSource(team.callers.editor, team.workspace.id, text);
    const excerpt = await createExcerpt(team.callers.editor, team.workspace.id, { sourceId: source.id, start: 5, end: 9, exact: "داعش" });
    expect(excerpt.prefix).toBe("🙂🙂 ");
    const stored = await db.excerpt.findUniqueOrThrow({ where: { id: excerpt.id } });
    expect(stored.prefix).toBe("🙂🙂 ");
  });

  it("refuses offsets that split an emoji in half, rather than store a broken character", async () => {
    const team = await makeTeam();
    const source = await makeSource(team.callers.editor, team.workspace.id, `a🙂b ${uniqueSuffix()}`);
    for (const [start, end, field] of [[2, 4, "start"], [0, 2, "end"]] as const) {
      const error = await createExcerpt(team.callers.editor, team.workspace.id, { sourceId: source.id, start, end }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "INVALID", fieldErrors: { [field]: [expect.any(String)] } });
    }
    expect(await db.excerpt.count({ where: { sourceId: source.id } })).toBe(0);
  });

  it("refuses an exact that the text does not hold at those offsets", async () => {
    const team = await makeTeam();
    const source = await makeSource(team.callers.editor, team.workspace.id);
    const error = await createExcerpt(team.callers.editor, team.workspace.id, { sourceId: source.id, start: 0, end: 10, exact: "Mujahid to" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INVALID", fieldErrors: { exact: [expect.any(String)] } });
    await expectRefused("INVALID", [team.workspace.id], () => createExcerpt(team.callers.editor, team.workspace.id, { sourceId: source.id, start: 0, end: 10, exact: "Mujahid to" }));
  });

  it("refuses with CONFLICT when the client saw another version of the text", async () => {
    const team = await makeTeam();
    const source = await makeSource(team.callers.editor, team.workspace.id);
    const stale = sha256Hex(`${source.text} (before a correction)`);
    await expectRefused("CONFLICT", [team.workspace.id], () => createExcerpt(team.callers.editor, team.workspace.id, { sourceId: source.id, start: 0, end: 10, textSha256: stale }));
  });

  it("refuses an end beyond the text, or an end not after the start, naming the field", async () => {
    const team = await makeTeam();
    const source = await makeSource(team.callers.editor, team.workspace.id);
    for (const [start, end] of [[0, source.text.length + 1], [5, 5], [-1, 3]]) {
      const error = await createExcerpt(team.callers.editor, team.workspace.id, { sourceId: source.id, start, end }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "INVALID" });
      expect(Object.keys((error as { fieldErrors: object }).fieldErrors)).toEqual([start < 0 ? "start" : "end"]);
    }
    expect(await db.excerpt.count({ where: { sourceId: source.id } })).toBe(0);
  });

  it("obeys the access rules and cannot anchor in another workspace's source", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const source = await makeSource(team.callers.editor, team.workspace.id);
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, ws) => createExcerpt(caller, ws, { sourceId: source.id, start: 0, end: 5 }));
    const foreign = await makeSource(team.callers.owner, team.other.id);
    await expectRefused("NOT_FOUND", [team.workspace.id, team.other.id], () => createExcerpt(team.callers.owner, team.workspace.id, { sourceId: foreign.id, start: 0, end: 5 }));
  });

  it("reads excerpts in reading order, inside the workspace only", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const source = await makeSource(team.callers.editor, team.workspace.id);
    const later = await createExcerpt(team.callers.editor, team.workspace.id, { sourceId: source.id, start: 20, end: 30 });
    const earlier = await createExcerpt(team.callers.editor, team.workspace.id, { sourceId: source.id, start: 0, end: 10 });
    expect((await listExcerpts(team.callers.viewer, team.workspace.id, source.id)).map((e) => e.id)).toEqual([earlier.id, later.id]);
    expect((await getExcerpt(team.callers.viewer, team.workspace.id, later.id)).source.id).toBe(source.id);
    await expect(getExcerpt(team.callers.owner, team.other.id, later.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
