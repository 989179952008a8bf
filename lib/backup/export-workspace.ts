import "server-only";
import { createHash } from "node:crypto";
import { createGzip } from "node:zlib";
import { recordAudit } from "../audit/record";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db, type Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import { sortRows } from "./canonical";
import { toFileRow } from "./columns";
import { delegateOf } from "./database-tables";
import { BACKUP_FORMAT, FORMAT_VERSION, backupJsonPieces, buildManifest, usersTable, type BackupRow, type WorkspaceBackup } from "./format";
import { backupTables } from "./tables";

/**
 * Everything a workspace holds, read in one REPEATABLE READ snapshot so the tables
 * agree with each other even while people keep working. No authorization here:
 * callers are exportWorkspace (owners) and the operator's CLI.
 */
export async function readWorkspaceBackup(client: Db, workspaceId: string, exportedBy: WorkspaceBackup["exportedBy"]): Promise<WorkspaceBackup> {
  return client.$transaction(
    async (tx) => {
      const tables: Record<string, BackupRow[]> = {};
      for (const table of backupTables) {
        const where = table.name === "Workspace" ? { id: workspaceId } : { workspaceId };
        const rows = await delegateOf(tx, table.name).findMany({ where });
        tables[table.name] = sortRows(table, rows.map((row) => toFileRow(table.columns, row)));
      }
      const [workspace] = tables.Workspace;
      if (!workspace) throw AppError.notFound("Workspace");

      const userIds = new Set<string>();
      for (const table of backupTables) {
        for (const column of table.users ?? []) for (const row of tables[table.name]) if (typeof row[column] === "string") userIds.add(row[column] as string);
      }
      const people = await tx.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, email: true, name: true } });
      const users = sortRows(usersTable, people);

      return {
        format: BACKUP_FORMAT,
        formatVersion: FORMAT_VERSION,
        exportedAt: new Date().toISOString(),
        exportedBy,
        workspace: { id: String(workspace.id), slug: String(workspace.slug), name: String(workspace.name) },
        manifest: buildManifest(users, tables),
        users,
        tables,
      };
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, maxWait: 10_000, timeout: 120_000 },
  );
}

/** The file's bytes: the JSON document, gzip-compressed unless `gzip` is false. */
export async function encodeBackup(backup: WorkspaceBackup, { gzip = true } = {}): Promise<Buffer> {
  if (!gzip) return Buffer.from([...backupJsonPieces(backup)].join(""), "utf8");
  const zipper = createGzip({ level: 6 });
  const chunks: Buffer[] = [];
  zipper.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    zipper.on("end", resolve);
    zipper.on("error", reject);
  });
  for (const piece of backupJsonPieces(backup)) {
    if (!zipper.write(piece, "utf8")) await new Promise((resolve) => zipper.once("drain", resolve));
  }
  zipper.end();
  await done;
  return Buffer.concat(chunks);
}

export type BackupDownload = { body: Buffer; filename: string; contentType: string; backup: WorkspaceBackup; sha256: string };

/**
 * An owner's backup of their workspace: the file, named for the workspace and the
 * moment. The export itself is written to the audit log with the file's SHA-256,
 * so a file found later can be matched to who took it and when.
 */
export async function exportWorkspace(caller: Caller | null, workspace: string, { gzip = true } = {}): Promise<BackupDownload> {
  const membership = await requireMember(caller, workspace, "manage");
  const me = await db.user.findUniqueOrThrow({ where: { id: membership.userId }, select: { email: true, name: true } });
  const backup = await readWorkspaceBackup(db, membership.workspaceId, me);
  const body = await encodeBackup(backup, { gzip });
  const sha256 = await recordExport(backup, body, membership.userId);
  const stamp = backup.exportedAt.replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return {
    body,
    filename: `counterclaim-${backup.workspace.slug}-${stamp}.json${gzip ? ".gz" : ""}`,
    contentType: gzip ? "application/gzip" : "application/json; charset=utf-8",
    backup,
    sha256,
  };
}

/** Writes the export to the audit log with the file's SHA-256 (userId null: the operator's CLI); returns that SHA-256. */
export async function recordExport(backup: WorkspaceBackup, body: Buffer, userId: string | null): Promise<string> {
  const sha256 = createHash("sha256").update(body).digest("hex");
  await db.$transaction((tx) =>
    recordAudit(tx, {
      workspaceId: backup.workspace.id,
      userId,
      action: "workspace.export",
      entityType: "Workspace",
      entityId: backup.workspace.id,
      after: { via: userId ? "api" : "cli", formatVersion: backup.formatVersion, exportedAt: backup.exportedAt, fileSha256: sha256, bytes: body.length, rows: rowCounts(backup) },
    }),
  );
  return sha256;
}

export function rowCounts(backup: WorkspaceBackup): Record<string, number> {
  return Object.fromEntries(Object.entries(backup.manifest).map(([name, entry]) => [name, entry.rows]));
}
