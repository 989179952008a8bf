import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as importsRoute from "../../app/api/v1/workspaces/[workspace]/imports/route";
import { db } from "../../lib/db/client";
import { importDocuments, type ImportFile } from "../../lib/sources/import/import-documents";
import { expectAudit, makeApiTeam } from "../support/api";
import { makeTeam, uniqueSuffix } from "../support/factories";
import { buildZip } from "../support/zip-builder";

const pdf = new Uint8Array(readFileSync(join(import.meta.dirname, "../fixtures/import/report.pdf")));
const zipFile = (name: string, ...entries: Parameters<typeof buildZip>[0]): ImportFile => ({ name, bytes: new Uint8Array(buildZip(entries)) });
const sourcesOf = (workspaceId: string) => db.source.findMany({ where: { workspaceId }, orderBy: { createdAt: "asc" } });

describe("importing a .zip archive", () => {
  it("imports each document inside, folders too, named by its path, with the archive's metadata.csv", async () => {
    const team = await makeTeam();
    const stamp = uniqueSuffix();
    const metadata = `file,title,publisher,date\nreports/2022/governor.txt,Governor denies attack ${stamp},Radio Azadi,2022-05\nbriefing.md,Briefing ${stamp},,about 2021\nnowhere.txt,Ghost,,\n`;
    const archive = zipFile(
      "bundle.zip",
      { name: "reports/" },
      { name: "reports/2022/governor.txt", data: `The governor said the convoy was not attacked. ${stamp}\n` },
      { name: "briefing.md", data: `# Briefing\n\n**Ministry** statement ${stamp}` },
      { name: "pages/ministry.html", data: `<!doctype html><html lang="en"><head><title>Ministry page ${stamp}</title></head><body><main><p>The ministry denied it.</p></main></body></html>` },
      { name: "pdf/report.pdf", data: pdf, method: 0 },
      { name: "metadata.csv", data: metadata },
      { name: "__MACOSX/reports/._governor.txt", data: "mac resource fork" },
      { name: ".DS_Store", data: "finder" },
      { name: "reports/.hidden.txt", data: "hidden" },
    );
    const progress: unknown[] = [];
    const { results, metadata: report } = await importDocuments(team.callers.editor, team.workspace.slug, [archive], undefined, {
      archive: (a) => progress.push(a),
      result: (r) => progress.push(r.file),
    });
    expect(results.map((r) => [r.file, r.archive, r.status, r.format])).toEqual([
      ["reports/2022/governor.txt", "bundle.zip", "created", "text"],
      ["briefing.md", "bundle.zip", "created", "markdown"],
      ["pages/ministry.html", "bundle.zip", "created", "html"],
      ["pdf/report.pdf", "bundle.zip", "created", "pdf"],
    ]);
    // Progress hears of the archive's size before its first entry, then each entry in turn.
    expect(progress).toEqual([{ file: "bundle.zip", entries: 4 }, "reports/2022/governor.txt", "briefing.md", "pages/ministry.html", "pdf/report.pdf"]);
    expect(results[0]).toMatchObject({ metadataRow: 2, source: { title: `Governor denies attack ${stamp}` } });
    const governor = await db.source.findUniqueOrThrow({ where: { id: results[0].source!.id } });
    expect(governor).toMatchObject({ text: `The governor said the convoy was not attacked. ${stamp}\n`, publisher: "Radio Azadi", publishedPrecision: "MONTH" });
    expect(results[1].source!.title).toBe(`Briefing ${stamp}`);
    expect(results[2].source!.title).toBe(`Ministry page ${stamp}`);
    expect(results[3].source!.title).toBe("Convoy attack report");
    expect(report).toEqual({ rows: 3, problems: [] });
    expect(await sourcesOf(team.workspace.id)).toHaveLength(4);
    await expectAudit(team.workspace.id, "source.create", results[3].source!.id, team.users.editor.id);
  });

  it("uses a metadata file uploaded beside the archive, the archive's own rows first", async () => {
    const team = await makeTeam();
    const stamp = uniqueSuffix();
    const archive = zipFile(
      "field.zip",
      { name: "a/one.txt", data: `One ${stamp}` },
      { name: "b/two.txt", data: `Two ${stamp}` },
      { name: "sources.json", data: JSON.stringify([{ file: "two.txt", title: `Inside ${stamp}` }, { file: "b/missing.txt", title: "x", date: "someday" }]) },
    );
    const beside = { name: "beside.csv", bytes: new TextEncoder().encode(`file,title\na/one.txt,Beside one ${stamp}\ntwo.txt,Beside two\n`) };
    const { results, metadata } = await importDocuments(team.callers.editor, team.workspace.id, [archive], beside);
    expect(results.map((r) => r.source?.title)).toEqual([`Beside one ${stamp}`, `Inside ${stamp}`]);
    expect(metadata).toEqual({ rows: 4, problems: [{ row: 2, file: "field.zip/sources.json", message: expect.stringMatching(/^b\/missing\.txt: date:/) }] });
  });

  it("refuses the whole archive, storing nothing, when its metadata file cannot be read or there are two", async () => {
    const team = await makeTeam();
    const doc = { name: "doc.txt", data: `Doc ${uniqueSuffix()}` };
    const { results } = await importDocuments(team.callers.editor, team.workspace.id, [
      zipFile("bad-meta.zip", doc, { name: "metadata.json", data: "{ not json" }),
      zipFile("two-meta.zip", doc, { name: "a.csv", data: "file\n" }, { name: "b.csv", data: "file\n" }),
      zipFile("only-hidden.zip", { name: ".DS_Store", data: "x" }, { name: "folder/" }),
      { name: "fake.zip", bytes: new TextEncoder().encode("just text") },
      { name: "cut.zip", bytes: new Uint8Array(buildZip([doc]).subarray(0, 40)) },
    ]);
    expect(results.map((r) => [r.file, r.status, r.archive])).toEqual([
      ["bad-meta.zip", "failed", undefined],
      ["two-meta.zip", "failed", undefined],
      ["only-hidden.zip", "failed", undefined],
      ["fake.zip", "failed", undefined],
      ["cut.zip", "failed", undefined],
    ]);
    expect(results.map((r) => r.message)).toEqual([
      expect.stringMatching(/^has a metadata file metadata\.json that is not valid JSON: .*; nothing from the archive was imported$/),
      "holds 2 metadata files (a.csv, b.csv); keep one, so each document gets its own row",
      "holds no documents to import (only folders, hidden files or a metadata file)",
      "is named .zip but is not a ZIP archive",
      expect.stringMatching(/^is not a readable ZIP archive \(/),
    ]);
    expect(await sourcesOf(team.workspace.id)).toHaveLength(0);
  });
});

describe("POST /imports with a .zip", () => {
  const post = (workspace: string, form: FormData, headers: Record<string, string>) =>
    importsRoute.POST(new Request("http://localhost/api/v1/x", { method: "POST", body: form, headers }), { params: Promise.resolve({ workspace }) });
  const form = (archive: ImportFile) => {
    const body = new FormData();
    body.append("file", new Blob([archive.bytes.slice()]), archive.name);
    return body;
  };

  it("answers per entry as JSON, or line by line when asked for progress", async () => {
    const team = await makeApiTeam();
    const auth = { authorization: `Bearer ${team.tokens.editor}` };
    const zip = zipFile("api.zip", { name: "x/ok.txt", data: `API zip ${uniqueSuffix()}` }, { name: "x/../../escape.txt", data: "out" });
    const archive = () => zip;
    const json = await post(team.workspace.id, form(archive()), auth);
    expect(json.status).toBe(200);
    const body = await json.json();
    expect(body.results).toEqual([
      expect.objectContaining({ file: "x/ok.txt", archive: "api.zip", status: "created" }),
      expect.objectContaining({ file: "x/../../escape.txt", archive: "api.zip", status: "failed", message: expect.stringMatching(/^has an unsafe name/) }),
    ]);

    const streamed = await post(team.workspace.id, form(archive()), { ...auth, accept: "application/x-ndjson" });
    expect(streamed.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const lines = (await streamed.text()).trim().split("\n").map((line) => JSON.parse(line));
    expect(lines).toEqual([
      { archive: { file: "api.zip", entries: 2 } },
      { result: expect.objectContaining({ file: "x/ok.txt", status: "duplicate" }) },
      { result: expect.objectContaining({ file: "x/../../escape.txt", status: "failed" }) },
      { done: {} },
    ]);
    // Access is still checked before any line is streamed.
    const viewer = await post(team.workspace.id, form(archive()), { authorization: `Bearer ${team.tokens.viewer}`, accept: "application/x-ndjson" });
    expect(viewer.status).toBe(403);
    expect(await db.source.count({ where: { workspaceId: team.workspace.id } })).toBe(1);
  });
});
