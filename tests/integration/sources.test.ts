import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { createSource, updateSourceMetadata } from "../../lib/sources/create-source";
import { createExcerpt } from "../../lib/sources/create-excerpt";
import { excerptsBetween, excerptStart, getSource, getSourceText, listSources } from "../../lib/sources/read-sources";
import { sha256Hex } from "../../lib/text/anchor";
import { makeSource, makeTeam, uniqueSuffix } from "../support/factories";
import { expectAccessRules, expectAudited, expectRefused, makeTeamWithSecondWorkspace, snapshot } from "../support/more-factories";

// Persian, CRLF line ends, trailing spaces and tabs, a ZWNJ and an emoji: all must survive byte for byte.
const awkwardText = `ذبیح‌الله مجاهد گفت: «داعش شکست خورده است.»  \r\nIS-K claimed it 🙂 two days later.\t \r\n\r\n   `;

const metadata = (title = "Radio Azadi interview") => ({ title, publisher: "Radio Azadi", authors: "A. Writer; B. Writer", publishedAt: "2022-05-03", publishedPrecision: "DAY", language: "fa", kind: "TRANSCRIPT" });

describe("createSource", () => {
  it("keeps the text exactly as given, stores its SHA-256 and audits once", async () => {
    const team = await makeTeam();
    const text = `${awkwardText}${uniqueSuffix()}`;
    const { result, rows } = await expectAudited(team.workspace.id, [["source.create", "Source"]], () =>
      createSource(team.callers.editor, team.workspace.id, { ...metadata(), text }),
    );
    expect(result.duplicate).toBe(false);
    const stored = await db.source.findUniqueOrThrow({ where: { id: result.source.id } });
    expect(stored.text).toBe(text);
    expect(Buffer.from(stored.text, "utf8").equals(Buffer.from(text, "utf8"))).toBe(true);
    expect(stored.textSha256).toBe(sha256Hex(text));
    expect(stored.authors).toEqual(["A. Writer", "B. Writer"]);
    expect(stored.publishedAt?.toISOString()).toBe("2022-05-03T00:00:00.000Z");
    expect(stored.createdById).toBe(team.users.editor.id);
    expect(rows[0].entityId).toBe(stored.id);
    expect(rows[0].userId).toBe(team.users.editor.id);
    // The audit row records the hash, not a second copy of the text.
    expect(rows[0].after).toMatchObject({ textSha256: stored.textSha256, title: "Radio Azadi interview" });
    expect(rows[0].after).not.toHaveProperty("text");
    // SHA-256 as PostgreSQL computes it over the stored bytes.
    const [pgHash] = await db.$queryRawUnsafe<{ h: string }[]>(`SELECT encode(sha256(convert_to(text, 'UTF8')), 'hex') AS h FROM "Source" WHERE id = $1`, stored.id);
    expect(pgHash.h).toBe(stored.textSha256);
  });

  it("returns the existing source for a duplicate text and writes nothing, not even an audit row", async () => {
    const team = await makeTeam();
    const first = await makeSource(team.callers.editor, team.workspace.id);
    const before = await snapshot(team.workspace.id);
    const again = await createSource(team.callers.owner, team.workspace.id, { title: "Same text, other title", text: first.text });
    expect(again).toEqual({ source: { id: first.id, title: "Test article" }, duplicate: true });
    expect(await snapshot(team.workspace.id)).toEqual(before);
    // A text that differs only in white space is a different text.
    const spaced = await createSource(team.callers.owner, team.workspace.id, { title: "Spaced", text: `${first.text} ` });
    expect(spaced.duplicate).toBe(false);
  });

  it("treats the same text in another workspace as new there", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const a = await makeSource(team.callers.owner, team.workspace.id);
    const b = await createSource(team.callers.owner, team.other.id, { title: "Copy", text: a.text });
    expect(b.duplicate).toBe(false);
    expect(b.source.id).not.toBe(a.id);
  });

  it("refuses invalid input naming the field, and stores nothing", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    for (const [input, field] of [
      [{ title: "", text: "x" }, "title"],
      [{ title: "t", text: "   \r\n " }, "text"],
      [{ title: "t", text: "x", url: "ftp://example.org/a" }, "url"],
      [{ title: "t", text: "x", publishedAt: "2023-02-30" }, "publishedAt"],
      [{ title: "t", text: "x", language: "Persian" }, "language"],
      [{ title: "t", text: "nul \u0000 byte" }, "text"],
    ] as const) {
      const before = await snapshot(ws);
      const error = await createSource(team.callers.editor, ws, input).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "INVALID" });
      expect(Object.keys((error as { fieldErrors: object }).fieldErrors)).toEqual([field]);
      expect(await snapshot(ws)).toEqual(before);
    }
  });

  it("obeys the access rules", async () => {
    const team = await makeTeam();
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, ws) => createSource(caller, ws, { title: "t", text: `text ${uniqueSuffix()}` }));
  });
});

describe("updateSourceMetadata", () => {
  it("changes metadata, never the text, bumps the version and audits before and after", async () => {
    const team = await makeTeam();
    const source = await makeSource(team.callers.editor, team.workspace.id);
    const { result, rows } = await expectAudited(team.workspace.id, [["source.update", "Source"]], () =>
      updateSourceMetadata(team.callers.owner, team.workspace.id, { id: source.id, version: 1, ...metadata("Corrected title"), text: "ignored" }),
    );
    expect(result).toEqual({ id: source.id, version: 2 });
    const stored = await db.source.findUniqueOrThrow({ where: { id: source.id } });
    expect(stored).toMatchObject({ title: "Corrected title", language: "fa", kind: "TRANSCRIPT", version: 2, text: source.text });
    expect(rows[0].before).toMatchObject({ title: "Test article", version: 1 });
    expect(rows[0].after).toMatchObject({ title: "Corrected title" });
  });

  it("refuses a stale version with CONFLICT and keeps the first edit", async () => {
    const team = await makeTeam();
    const source = await makeSource(team.callers.editor, team.workspace.id);
    await updateSourceMetadata(team.callers.editor, team.workspace.id, { id: source.id, version: 1, title: "First" });
    await expectRefused("CONFLICT", [team.workspace.id], () => updateSourceMetadata(team.callers.owner, team.workspace.id, { id: source.id, version: 1, title: "Second" }));
    expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).title).toBe("First");
  });

  it("obeys the access rules and cannot reach another workspace's source", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const source = await makeSource(team.callers.editor, team.workspace.id);
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, ws) => updateSourceMetadata(caller, ws, { id: source.id, version: 1, title: "x" }));
    const foreign = await makeSource(team.callers.owner, team.other.id);
    await expectRefused("NOT_FOUND", [team.workspace.id, team.other.id], () =>
      updateSourceMetadata(team.callers.owner, team.workspace.id, { id: foreign.id, version: 1, title: "Hijacked" }),
    );
  });
});

describe("reading sources", () => {
  it("lists without the text and reads one with its excerpts, inside the workspace only", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const source = await makeSource(team.callers.editor, team.workspace.id);
    const listed = await listSources(team.callers.viewer, team.workspace.id);
    expect(listed.map((s) => s.id)).toEqual([source.id]);
    expect(listed[0]).not.toHaveProperty("text");
    expect((await getSource(team.callers.viewer, team.workspace.id, source.id)).text).toBe(source.text);
    await expect(getSource(team.callers.owner, team.other.id, source.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listSources(team.callers.outsider, team.workspace.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listSources(null, team.workspace.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("reads a page's excerpts: those overlapping it, in order, with their citations, never orphans", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const text = "First sentence here. Second sentence there. Third sentence at the end.";
    const source = await makeSource(team.callers.editor, team.workspace.id, text);
    const quote = async (exact: string) => {
      const start = text.indexOf(exact);
      return createExcerpt(team.callers.editor, team.workspace.id, { sourceId: source.id, start, end: start + exact.length, exact });
    };
    const first = await quote("First sentence");
    const across = await quote("here. Second");
    const third = await quote("Third sentence");
    await db.excerpt.update({ where: { id: third.id }, data: { anchorStatus: "ORPHANED" } });
    const page = { start: text.indexOf("Second"), end: text.indexOf("Third") };
    const onPage = await excerptsBetween(team.callers.viewer, team.workspace.id, source.id, page);
    expect(onPage.map((e) => e.id)).toEqual([across.id]);
    expect(onPage[0]).toHaveProperty("appearances");
    expect((await excerptsBetween(team.callers.viewer, team.workspace.id, source.id, { start: 0, end: text.length })).map((e) => e.id)).toEqual([first.id, across.id]);
    expect((await getSourceText(team.callers.viewer, team.workspace.id, source.id)).text).toBe(text);
    expect(await excerptStart(team.callers.viewer, team.workspace.id, source.id, across.id)).toBe(text.indexOf("here. Second"));
    expect(await excerptStart(team.callers.viewer, team.workspace.id, source.id, third.id)).toBeNull();
    await expect(excerptsBetween(team.callers.owner, team.other.id, source.id, page)).resolves.toEqual([]);
    await expect(excerptsBetween(team.callers.outsider, team.workspace.id, source.id, page)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
