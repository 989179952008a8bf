// Workspace backup and restore: a rich workspace (the demo, a memo, a review
// session, a corrected text) is exported, restored into a second, freshly migrated
// database, exported again there, and the two must hold the same content, table by
// table, apart from the one audit row the restore adds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../lib/auth/password";
import { canonicalJson, tableSha256, textSha256 } from "../../lib/backup/canonical";
import { exportWorkspace, readWorkspaceBackup } from "../../lib/backup/export-workspace";
import type { WorkspaceBackup } from "../../lib/backup/format";
import { UNUSABLE_PASSWORD } from "../../lib/backup/link-users";
import { backupTables, excludedTables } from "../../lib/backup/tables";
import { parseBackup } from "../../lib/backup/verify-backup";
import { writeWorkspaceBackup } from "../../lib/backup/write-backup";
import { db, type Db } from "../../lib/db/client";
import { Prisma } from "../../lib/db/generated/client";
import { makeEmptyDatabase, makeRichWorkspace } from "../support/backup-factories";

let demo: Awaited<ReturnType<typeof makeRichWorkspace>>;
let second: Awaited<ReturnType<typeof makeEmptyDatabase>>;
let file: Buffer;
let before: WorkspaceBackup;

beforeAll(async () => {
  [demo, second] = await Promise.all([makeRichWorkspace(), makeEmptyDatabase("backup")]);
  const download = await exportWorkspace(demo.callers.owner, demo.slug);
  file = download.body;
  before = parseBackup(file);
}, 120_000);

afterAll(async () => {
  await second?.drop();
});

const searchRows = (client: Db, workspaceId: string) =>
  client.$queryRaw<{ kind: string; entityId: string; folded: string }[]>`
    SELECT "kind"::text AS kind, "entityId", "folded" FROM "SearchText" WHERE "workspaceId" = ${workspaceId} ORDER BY 1, 2`;

describe("a workspace backup", () => {
  it("covers every table and column of the schema, or leaves it out for a stated reason", () => {
    const covered = new Set([...backupTables.map((t) => t.name), ...Object.keys(excludedTables)]);
    expect([...covered].sort()).toEqual(Object.keys(Prisma.ModelName).sort());
    const fields = Prisma as unknown as Record<string, Record<string, string> | undefined>;
    for (const table of backupTables) {
      expect(Object.keys(table.columns).sort(), table.name).toEqual(Object.keys(fields[`${table.name}ScalarFieldEnum`] ?? {}).sort());
    }
  });

  it("is a gzip JSON document with a format version, the export time and a manifest of every table", () => {
    expect([file[0], file[1]]).toEqual([0x1f, 0x8b]);
    expect(before.formatVersion).toBe(1);
    expect(Date.now() - Date.parse(before.exportedAt)).toBeLessThan(120_000);
    expect(before.workspace.slug).toBe(demo.slug);
    // Every table holds data, so the round trip below proves something for each.
    const empty = backupTables.filter((t) => before.manifest[t.name].rows === 0).map((t) => t.name);
    expect(empty).toEqual([]);
    for (const table of backupTables) expect(before.manifest[table.name].sha256).toBe(tableSha256(table, before.tables[table.name]));
    // People by email and name only: no password hashes, no tokens.
    expect(Object.keys(before.users[0]).sort()).toEqual(["email", "id", "name"]);
    expect(JSON.stringify(before)).not.toMatch(/argon2|passwordHash|tokenHash/);
  });

  it("restores into an empty database with the same content, ids, versions, timestamps, texts and search index", async () => {
    const result = await writeWorkspaceBackup(second.client, parseBackup(file), { createMissingUsers: true, restoredBy: { userId: null, via: "cli" } });
    expect(result.users.created.map((u) => u.email).sort()).toEqual(before.users.map((u) => String(u.email)).sort());
    expect(result.renumbered).toEqual([]);
    expect(result.notices.join(" ")).toMatch(/without a usable password/);

    const after = await readWorkspaceBackup(second.client, demo.workspaceId, null);
    for (const table of backupTables.filter((t) => t.name !== "AuditEvent")) {
      expect(after.manifest[table.name], table.name).toEqual(before.manifest[table.name]);
      expect(canonicalJson(after.tables[table.name]), table.name).toBe(canonicalJson(before.tables[table.name]));
    }
    expect(after.manifest.users).toEqual(before.manifest.users);

    // The audit log: everything that was there, plus exactly one row recording the restore.
    const audit = backupTables.find((t) => t.name === "AuditEvent")!;
    const added = after.tables.AuditEvent.filter((row) => !before.tables.AuditEvent.some((old) => old.id === row.id));
    expect(added.map((row) => row.action)).toEqual(["workspace.restore"]);
    const kept = after.tables.AuditEvent.filter((row) => row !== added[0]);
    expect(tableSha256(audit, kept)).toBe(before.manifest.AuditEvent.sha256);
    expect(canonicalJson(kept)).toBe(canonicalJson(before.tables.AuditEvent));

    // Source texts byte for byte, and the trigger-maintained search index rebuilt identically.
    const texts = await second.client.source.findMany({ where: { workspaceId: demo.workspaceId }, select: { id: true, text: true, textSha256: true } });
    for (const source of texts) expect(textSha256(source.text)).toBe(source.textSha256);
    expect(texts.some((s) => s.text.includes("\r\n") && s.text.includes("🙂"))).toBe(true);
    const [searchBefore, searchAfter] = await Promise.all([searchRows(db, demo.workspaceId), searchRows(second.client, demo.workspaceId)]);
    expect(searchAfter.length).toBeGreaterThan(20);
    expect(searchAfter).toEqual(searchBefore);

    // New sequence values land after the restored ids.
    const next = await second.client.auditEvent.create({ data: { workspaceId: null, action: "test.probe", entityType: "Test", entityId: "x" } });
    expect(next.id > BigInt(String(added[0].id))).toBe(true);

    // Accounts the restore created cannot be signed into until a password is set.
    const created = await second.client.user.findFirstOrThrow({ where: { email: String(before.users[0].email) }, select: { passwordHash: true } });
    expect(created.passwordHash).toBe(UNUSABLE_PASSWORD);
    expect(await verifyPassword(created.passwordHash, "correct horse battery staple")).toBe(false);
  }, 60_000);

  it("will not restore over a workspace that exists, and writes nothing", async () => {
    const count = () => Promise.all([second.client.auditEvent.count(), second.client.user.count(), second.client.claim.count()]);
    const counts = await count();
    await expect(writeWorkspaceBackup(second.client, parseBackup(file), { createMissingUsers: true, restoredBy: { userId: null, via: "cli" } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/already exists in this database.*nothing was written/),
    });
    expect(await count()).toEqual(counts);
  });
});

describe("exporting a workspace", () => {
  it("is for owners only, and a refused export leaves no trace in the audit log", async () => {
    const exports = () => db.auditEvent.count({ where: { workspaceId: demo.workspaceId, action: "workspace.export" } });
    const start = await exports();
    await expect(exportWorkspace(demo.callers.editor, demo.slug)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportWorkspace(demo.callers.viewer, demo.slug)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportWorkspace(null, demo.slug)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await exports()).toBe(start);
  });

  it("records who exported, when, and the file's SHA-256", async () => {
    const download = await exportWorkspace(demo.callers.owner, demo.workspaceId, { gzip: false });
    expect(download.body.toString("utf8").startsWith("{")).toBe(true);
    const row = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: demo.workspaceId, action: "workspace.export" }, orderBy: { id: "desc" } });
    expect(row.userId).toBe(demo.users.owner);
    expect(row.after).toMatchObject({ fileSha256: download.sha256, formatVersion: 1 });
  });
});
