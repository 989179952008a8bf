import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { importDocuments, type ImportFile } from "../../lib/sources/import/import-documents";
import { MAX_ARCHIVE_ENTRIES, MAX_ARCHIVE_ENTRY_BYTES, MAX_ARCHIVE_TOTAL_BYTES } from "../../lib/sources/import/limits";
import { makeTeam, uniqueSuffix } from "../support/factories";
import { buildZip, type ZipEntrySpec } from "../support/zip-builder";

const zipFile = (name: string, entries: ZipEntrySpec[]): ImportFile => ({ name, bytes: new Uint8Array(buildZip(entries)) });
const storedTexts = async (workspaceId: string) => (await db.source.findMany({ where: { workspaceId }, select: { text: true } })).map((s) => s.text);

describe("a .zip's limits: each bad entry fails alone, and the good ones are stored", () => {
  it("refuses a bomb, an oversized entry, a nested archive, unsafe names, links, encryption and odd compression", async () => {
    const team = await makeTeam();
    const good = [`First good entry ${uniqueSuffix()}`, `Second good entry ${uniqueSuffix()}`, `Third good entry ${uniqueSuffix()}`];
    const zeros = new Uint8Array(8 * 1024 * 1024); // deflates about 1000:1
    const inner = buildZip([{ name: "inside.txt", data: "nested" }]);
    const archive = zipFile("hostile.zip", [
      { name: "good/one.txt", data: good[0] },
      { name: "bomb.txt", data: zeros },
      // Declares a tiny size: the limit counts what really inflates, never the header.
      { name: "liar.txt", data: zeros, declaredSize: 10 },
      { name: "big.txt", data: new Uint8Array(MAX_ARCHIVE_ENTRY_BYTES + 1).fill(0x61), method: 0 },
      { name: "inner.zip", data: inner },
      { name: "disguised.txt", data: inner, method: 0 },
      { name: "../../etc/evil.txt", data: "traversal" },
      { name: "/abs/evil.txt", data: "absolute" },
      { name: "C:/windows/evil.txt", data: "drive" },
      { name: "good/two.md", data: good[1] },
      { name: "link.txt", data: "/etc/passwd", symlink: true, method: 0 },
      { name: "secret.txt", data: "encrypted bytes here", encrypted: true, method: 0 },
      { name: "lzma.txt", data: "not deflate", method: 14 },
      { name: "damaged.txt", rawData: new Uint8Array([0xff, 0xff, 0xff, 0xff]), data: "damaged" },
      { name: "picture.txt", data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) },
      { name: "good/three.html", data: `<html><body><p>${good[2]}</p></body></html>` },
    ]);
    const { results } = await importDocuments(team.callers.editor, team.workspace.id, [archive]);
    const byFile = Object.fromEntries(results.map((r) => [r.file, r.status === "failed" ? r.message : r.status]));
    expect(byFile).toEqual({
      "good/one.txt": "created",
      "bomb.txt": expect.stringMatching(/^expands more than 100 times its compressed size \([\d,]+ bytes\), which is how a "zip bomb" looks; it was not unpacked$/),
      "liar.txt": expect.stringMatching(/^expands more than 100 times its compressed size/),
      "big.txt": "expands to more than 20 MB; the largest file accepted is 20 MB",
      "inner.zip": "is an archive (.zip) inside the archive; archives inside archives are not unpacked: unpack it and import its documents",
      "disguised.txt": expect.stringMatching(/^is a ZIP archive .* inside the archive; archives inside archives are not unpacked/),
      "../../etc/evil.txt": expect.stringMatching(/^has an unsafe name/),
      "/abs/evil.txt": expect.stringMatching(/^has an unsafe name/),
      "C:/windows/evil.txt": expect.stringMatching(/^has an unsafe name/),
      "good/two.md": "created",
      "link.txt": "is a symbolic link; links inside archives are not followed",
      "secret.txt": "is encrypted (password-protected); remove the password, or zip the documents again without one",
      "lzma.txt": "uses compression method 14, which cannot be read here; zip it again with ordinary (Deflate) compression",
      "damaged.txt": expect.stringMatching(/^cannot be unpacked: its compressed data is damaged/),
      "picture.txt": "is named .txt but is a PNG image",
      "good/three.html": "created",
    });
    expect(results.every((r) => r.archive === "hostile.zip")).toBe(true);
    expect((await storedTexts(team.workspace.id)).sort()).toEqual([...good].sort());
  });

  it("refuses an archive listing too many entries as a whole, before storing anything", async () => {
    const team = await makeTeam();
    const entries = Array.from({ length: MAX_ARCHIVE_ENTRIES + 1 }, (_, i) => ({ name: `n/${i}.txt`, data: `Entry ${i} ${uniqueSuffix()}` }));
    const { results } = await importDocuments(team.callers.editor, team.workspace.id, [zipFile("many.zip", entries)]);
    expect(results).toEqual([{ file: "many.zip", status: "failed", message: "lists 1,001 entries; an archive may hold at most 1,000: split it" }]);
    expect(await storedTexts(team.workspace.id)).toEqual([]);
  });

  it("stops unpacking when the archive as a whole expands too far, keeping what came before", async () => {
    const team = await makeTeam();
    const first = `Before the budget ran out ${uniqueSuffix()}`;
    // Overlapping records: one stored 19 MB blob listed again and again (each fails fast: it is a PNG).
    const blob = new Uint8Array(19 * 1024 * 1024);
    blob.set([0x89, 0x50, 0x4e, 0x47]);
    const repeats = Math.ceil(MAX_ARCHIVE_TOTAL_BYTES / blob.length) + 1;
    const entries: ZipEntrySpec[] = [
      { name: "first.txt", data: first },
      { name: "blob-0.txt", data: blob, method: 0 },
      ...Array.from({ length: repeats }, (_, i) => ({ name: `blob-${i + 1}.txt`, sameDataAs: 1 })),
      { name: "after.txt", data: "never reached" },
    ];
    const { results } = await importDocuments(team.callers.editor, team.workspace.id, [zipFile("overlap.zip", entries)]);
    expect(results).toHaveLength(entries.length);
    expect(results[0].status).toBe("created");
    const messages = results.slice(1).map((r) => r.message);
    const firstSpent = messages.findIndex((m) => m.includes("in total"));
    expect(firstSpent).toBe(10); // 10 × 19 MB fit in 200 MB; the 11th does not
    expect(messages.slice(0, firstSpent).every((m) => m === "is named .txt but is a PNG image")).toBe(true);
    expect(messages[firstSpent]).toBe("was not unpacked: the archive expands to more than 200 MB in total; split it into smaller archives");
    expect(messages.slice(firstSpent + 1).every((m) => /^was not unpacked: the archive already expanded to its limit of 200 MB/.test(m) || /in total/.test(m))).toBe(true);
    expect(results.at(-1)).toMatchObject({ file: "after.txt", status: "failed" });
    expect(await storedTexts(team.workspace.id)).toEqual([first]);
  });
});
