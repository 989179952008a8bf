import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as importsRoute from "../../app/api/v1/workspaces/[workspace]/imports/route";
import { db } from "../../lib/db/client";
import { importDocuments, type ImportFile } from "../../lib/sources/import/import-documents";
import { MAX_FILE_BYTES } from "../../lib/sources/import/limits";
import { readImportRequest } from "../../lib/sources/import/read-import-request";
import { sha256Hex } from "../../lib/text/anchor";
import { auditCount, expectAudit, makeApiTeam } from "../support/api";
import { makeTeam, uniqueSuffix } from "../support/factories";

const fixtures = join(import.meta.dirname, "../fixtures/import");
const fixture = (name: string): ImportFile => ({ name, bytes: new Uint8Array(readFileSync(join(fixtures, name))) });
const textFile = (name: string, text: string): ImportFile => ({ name, bytes: new TextEncoder().encode(text) });
const stored = (id: string) => db.source.findUniqueOrThrow({ where: { id } });

describe("importDocuments", () => {
  it("imports a Persian .txt exactly as written, with its SHA-256 and a guessed language", async () => {
    const team = await makeTeam();
    const file = fixture("persian.txt");
    const { results } = await importDocuments(team.callers.editor, team.workspace.slug, [file]);
    expect(results).toEqual([expect.objectContaining({ file: "persian.txt", status: "created", format: "text" })]);
    const source = await stored(results[0].source!.id);
    const text = new TextDecoder().decode(file.bytes);
    expect(source.text).toBe(text);
    expect(source.textSha256).toBe(sha256Hex(text));
    expect(source).toMatchObject({ title: "persian", language: "fa", workspaceId: team.workspace.id, createdById: team.users.editor.id });
    await expectAudit(team.workspace.id, "source.create", source.id, team.users.editor.id);
  });

  it("keeps Markdown as its source text, and Russian, Turkish and Dutch text byte for byte (BOM dropped)", async () => {
    const team = await makeTeam();
    const md = fixture("notes.md");
    const russian = `Пресс-секретарь заявил, что колонна не пострадала. ${uniqueSuffix()}\r\n`;
    const turkish = `Sözcü, saldırının İstanbul'da gerçekleştiğini söyledi. ${uniqueSuffix()}`;
    const dutch = `De woordvoerder zei dat de ‘aanval’ niet heeft plaatsgevonden. ${uniqueSuffix()}`;
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(dutch)]);
    const { results } = await importDocuments(team.callers.editor, team.workspace.id, [
      md,
      textFile("ru.txt", russian),
      textFile("tr.txt", turkish),
      { name: "nl.txt", bytes: bom },
    ]);
    expect(results.map((r) => r.status)).toEqual(["created", "created", "created", "created"]);
    const [mdSource, ru, tr, nl] = await Promise.all(results.map((r) => stored(r.source!.id)));
    expect(mdSource.text).toBe(new TextDecoder().decode(md.bytes));
    expect(mdSource.text).toContain("**ministry** statement ([link](https://example.org/statement))");
    expect([ru.text, ru.language]).toEqual([russian, "ru"]);
    expect([tr.text, tr.language]).toEqual([turkish, "tr"]);
    expect(nl.text).toBe(dutch);
    expect(nl.textSha256).toBe(sha256Hex(dutch));
  });

  it("extracts an HTML page's readable paragraphs and takes its metadata as defaults", async () => {
    const team = await makeTeam();
    const { results } = await importDocuments(team.callers.editor, team.workspace.id, [fixture("article.html")]);
    expect(results[0]).toMatchObject({ status: "created", format: "html" });
    const source = await stored(results[0].source!.id);
    expect(source.text).toBe(
      "Attack on checkpoint in Kunduz\n\nBy Jane Reporter\n\nGunmen attacked a police checkpoint in Kunduz on Thursday, officials said.\n\n" +
        "A spokesman said two officers were killed & three wounded.\nThe group denied it.\n\nFirst claim\n\nSecond claim",
    );
    expect(source.text).not.toMatch(/analytics|World|Sport|rights reserved|Read more|font-family/);
    expect(source).toMatchObject({
      title: "Attack on checkpoint in Kunduz",
      publisher: "Example News",
      authors: ["Jane Reporter"],
      publishedAt: new Date("2023-03-09T00:00:00Z"),
      publishedPrecision: "DAY",
      url: "https://news.example.org/2023/03/checkpoint-attack",
      language: "en-GB",
    });
  });

  it("extracts a PDF's text layer, and explains a PDF without one", async () => {
    const team = await makeTeam();
    const { results } = await importDocuments(team.callers.editor, team.workspace.id, [fixture("report.pdf"), fixture("scanned.pdf")]);
    expect(results[0]).toMatchObject({ status: "created", format: "pdf", source: { title: "Convoy attack report" } });
    const source = await stored(results[0].source!.id);
    expect(source.text).toBe(
      "Provincial police said the convoy was attacked\nnear the central market on Tuesday.\n\nA spokesman for the group denied any role.\n\nPage two: officials put the toll at four killed.",
    );
    expect(source.authors).toEqual(["Field Office"]);
    expect(results[1]).toMatchObject({ file: "scanned.pdf", status: "failed" });
    expect(results[1].message).toMatch(/no text layer \(scanned\?\)/);
  });

  it("offers the existing source for a text imported twice, and writes nothing for it", async () => {
    const team = await makeTeam();
    const text = `Same words twice. ${uniqueSuffix()}`;
    const first = await importDocuments(team.callers.editor, team.workspace.id, [textFile("a.txt", text)]);
    const before = await auditCount(team.workspace.id);
    const again = await importDocuments(team.callers.owner, team.workspace.id, [textFile("b.txt", text), textFile("c.md", text)]);
    expect(again.results).toEqual([
      expect.objectContaining({ file: "b.txt", status: "duplicate", source: first.results[0].source }),
      expect.objectContaining({ file: "c.md", status: "duplicate", source: first.results[0].source }),
    ]);
    expect(again.results[0].message).toMatch(/same text as the existing source “a”/);
    expect(await auditCount(team.workspace.id)).toBe(before);
    expect(await db.source.count({ where: { workspaceId: team.workspace.id } })).toBe(1);
  });

  it("refuses files that are too large, empty, lie about their type, or are archives — each with its reason", async () => {
    const team = await makeTeam();
    const big = { name: "huge.txt", bytes: new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61) };
    const zip = { name: "bundle.txt", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]) };
    const latin1 = { name: "old.txt", bytes: new Uint8Array([0x61, 0x62, 0xe9, 0x20, 0x63]) };
    const { results } = await importDocuments(team.callers.editor, team.workspace.id, [
      big,
      fixture("photo.txt"),
      fixture("page.pdf"),
      zip,
      latin1,
      textFile("empty.txt", ""),
      textFile("blank.md", " \n\t\n"),
      textFile("table.csv", "a,b\n1,2\n"),
    ]);
    expect(results.every((r) => r.status === "failed")).toBe(true);
    expect(results.map((r) => r.message)).toEqual([
      "is 20 MB; the largest file accepted is 20 MB",
      "is named .txt but is a PNG image",
      "is named .pdf but is not a PDF (it has no %PDF- header; it is an HTML page: rename it .html)",
      expect.stringMatching(/^is a ZIP archive .*archives are not unpacked here/),
      expect.stringMatching(/^is not valid UTF-8 text \(first bad byte at offset 2\)/),
      "is empty",
      "holds only white space",
      expect.stringMatching(/^has the extension \.csv, which cannot be imported; accepted: \.txt/),
    ]);
    expect(await db.source.count({ where: { workspaceId: team.workspace.id } })).toBe(0);
  });

  it("imports the good files of a batch around bad ones, in order", async () => {
    const team = await makeTeam();
    const files = [textFile("one.txt", `First ${uniqueSuffix()}`), fixture("photo.txt"), textFile("three.txt", `Third ${uniqueSuffix()}`), textFile("four.txt", "")];
    const { results } = await importDocuments(team.callers.editor, team.workspace.id, files);
    expect(results.map((r) => [r.file, r.status])).toEqual([["one.txt", "created"], ["photo.txt", "failed"], ["three.txt", "created"], ["four.txt", "failed"]]);
    expect(await db.source.count({ where: { workspaceId: team.workspace.id } })).toBe(2);
  });

  it("applies a CSV metadata file by file name, with date precision, and reports its bad rows", async () => {
    const team = await makeTeam();
    const { results, metadata } = await importDocuments(
      team.callers.editor,
      team.workspace.id,
      [fixture("persian.txt"), fixture("notes.md"), fixture("report.pdf"), fixture("article.html")],
      fixture("metadata.csv"),
    );
    expect(results.map((r) => [r.file, r.status, r.metadataRow])).toEqual([
      ["persian.txt", "created", 2],
      ["notes.md", "created", 3],
      ["report.pdf", "failed", 4],
      ["article.html", "created", undefined],
    ]);
    expect(results[2].message).toBe('has a bad metadata row 4: date: "last spring" is not a date; write YYYY-MM-DD, YYYY-MM or YYYY, optionally after "about"');
    expect(metadata).toEqual({
      rows: 3,
      problems: [
        { row: 4, message: expect.stringContaining("report.pdf: date:") },
        { row: 5, message: "has no file name (column file), so it matches no file" },
      ],
    });
    const persian = await stored(results[0].source!.id);
    expect(persian).toMatchObject({
      title: "بیانیه سخنگو",
      publisher: "Radio Azadi",
      authors: ["Zabihullah Mujahid"],
      publishedAt: new Date("2022-05-01T00:00:00Z"),
      publishedPrecision: "MONTH",
      url: "https://example.org/fa",
      archiveUrl: "https://archive.example.org/fa",
      accessedAt: new Date("2024-01-15T00:00:00Z"),
      language: "fa",
    });
    const notes = await stored(results[1].source!.id);
    expect(notes).toMatchObject({ title: "Briefing notes", authors: ["A. Analyst", "B. Analyst"], publishedAt: new Date("2021-01-01T00:00:00Z"), publishedPrecision: "ABOUT" });
  });

  it("reads JSON metadata, fails a file whose row the source rules refuse, and refuses an unreadable metadata file before writing", async () => {
    const team = await makeTeam();
    const text = `Metadata JSON ${uniqueSuffix()}`;
    const json = JSON.stringify([
      { file: "a.txt", title: "From JSON", authors: ["X", "Y"], date: "2020", kind: "report" },
      { file: "b.txt", title: "Bad URL", url: "ftp://example.org" },
    ]);
    const { results } = await importDocuments(team.callers.editor, team.workspace.id, [textFile("a.txt", text), textFile("b.txt", `${text} b`)], textFile("meta.json", json));
    expect(results[0]).toMatchObject({ status: "created", source: { title: "From JSON" }, metadataRow: 1 });
    expect(await stored(results[0].source!.id)).toMatchObject({ authors: ["X", "Y"], publishedPrecision: "YEAR", kind: "REPORT" });
    expect(results[1]).toMatchObject({ status: "failed", message: "was refused: url must be an http(s) URL (check metadata row 2)" });

    const before = await db.source.count({ where: { workspaceId: team.workspace.id } });
    await expect(importDocuments(team.callers.editor, team.workspace.id, [textFile("c.txt", "c")], textFile("meta.json", "[{"))).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { metadata: [expect.stringMatching(/^The metadata file meta.json is not valid JSON/)] },
    });
    expect(await db.source.count({ where: { workspaceId: team.workspace.id } })).toBe(before);
  });

  it("lets editors and owners import; refuses reviewers, viewers, outsiders and the signed-out, writing nothing", async () => {
    const team = await makeTeam();
    const files = [textFile("x.txt", `Access ${uniqueSuffix()}`)];
    for (const role of ["reviewer", "viewer"] as const) {
      await expect(importDocuments(team.callers[role], team.workspace.id, files)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(importDocuments(team.callers.outsider, team.workspace.id, files)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(importDocuments(null, team.workspace.id, files)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    // Another workspace's editor reaches only their own workspace.
    const other = await makeTeam();
    await expect(importDocuments(other.callers.editor, team.workspace.id, files)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.source.count({ where: { workspaceId: team.workspace.id } })).toBe(0);
    const owner = await importDocuments(team.callers.owner, team.workspace.id, files);
    expect(owner.results[0].status).toBe("created");
  });
});

const multipart = (files: ImportFile[], metadata?: ImportFile) => {
  const form = new FormData();
  for (const file of files) form.append("file", new Blob([file.bytes.slice()]), file.name);
  if (metadata) form.append("metadata", new Blob([metadata.bytes.slice()]), metadata.name);
  return form;
};

describe("POST /imports", () => {
  const post = async (workspace: string, body: FormData | string, headers: Record<string, string> = {}) => {
    const response = await importsRoute.POST(new Request("http://localhost/api/v1/x", { method: "POST", body, headers }), { params: Promise.resolve({ workspace }) });
    return { status: response.status, body: await response.json() };
  };

  it("imports multipart files with a token and answers per file", async () => {
    const team = await makeApiTeam();
    const auth = { authorization: `Bearer ${team.tokens.editor}` };
    const form = multipart([textFile("ok.txt", `API import ${uniqueSuffix()}`), fixture("photo.txt")], fixture("metadata.csv"));
    const { status, body } = await post(team.workspace.id, form, auth);
    expect(status).toBe(200);
    expect(body.results).toEqual([
      expect.objectContaining({ file: "ok.txt", status: "created", source: { id: expect.any(String), title: "ok" } }),
      expect.objectContaining({ file: "photo.txt", status: "failed", message: "is named .txt but is a PNG image" }),
    ]);
    expect(body.metadata.problems).toHaveLength(2);
    await expectAudit(team.workspace.id, "source.create", body.results[0].source.id, team.users.editor.id);
  });

  it("refuses a viewer's token, a JSON body, no files, and a cookie upload from another site", async () => {
    const team = await makeApiTeam();
    const files = () => multipart([textFile("v.txt", `Viewer ${uniqueSuffix()}`)]);
    expect(await post(team.workspace.id, files(), { authorization: `Bearer ${team.tokens.viewer}` })).toMatchObject({ status: 403, body: { error: { code: "FORBIDDEN" } } });
    const json = await post(team.workspace.id, "{}", { authorization: `Bearer ${team.tokens.editor}`, "content-type": "application/json" });
    expect(json).toMatchObject({ status: 400, body: { error: { code: "INVALID", message: expect.stringContaining("multipart/form-data") } } });
    const empty = await post(team.workspace.id, new FormData(), { authorization: `Bearer ${team.tokens.editor}` });
    expect(empty).toMatchObject({ status: 400, body: { error: { code: "INVALID", fields: { file: ["choose at least one file"] } } } });
    expect(await post(team.workspace.id, files())).toMatchObject({ status: 401, body: { error: { code: "UNAUTHENTICATED" } } });
    expect(await db.source.count({ where: { workspaceId: team.workspace.id } })).toBe(0);
  });

  it("reads a cookie upload only when it comes from this app's own origin", async () => {
    // A session cannot exist outside Next's request scope, so the origin check is tested on the request reader.
    const upload = (origin?: string) =>
      new Request("http://app.example/api/v1/workspaces/w/imports", {
        method: "POST",
        body: multipart([textFile("c.txt", "cookie")]),
        headers: { cookie: "next-auth.session-token=x", host: "app.example", ...(origin ? { origin } : {}) },
      });
    await expect(readImportRequest(upload("https://evil.example"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(readImportRequest(upload())).rejects.toMatchObject({ code: "FORBIDDEN" });
    const read = await readImportRequest(upload("http://app.example"));
    expect(read.files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([["c.txt", "cookie"]]);
  });
});
