import { z } from "zod";
import { tableSha256 } from "./canonical";
import { backupTables, type BackupTable } from "./tables";

// The backup file: one JSON document (gzip-compressed when downloaded). Header
// fields first, then the manifest, the people, and the tables one row per line,
// so `zcat file | head` shows what a file is without reading it all.

export const BACKUP_FORMAT = "counterclaim-workspace-backup";
export const FORMAT_VERSION = 1;

/** The people a backup refers to: email and name only. */
export const usersTable: BackupTable = { name: "users", columns: { id: "string", email: "string", name: "string" } };

export type BackupRow = Record<string, unknown>;
export type TableEntry = { rows: number; sha256: string };

export type WorkspaceBackup = {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  exportedAt: string;
  exportedBy: { email: string; name: string } | null;
  workspace: { id: string; slug: string; name: string };
  manifest: Record<string, TableEntry>;
  users: BackupRow[];
  tables: Record<string, BackupRow[]>;
};

export const isoInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, "must be an ISO 8601 UTC instant");

export const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { error: `must be "${BACKUP_FORMAT}": this is not a Counterclaim workspace backup` }),
  formatVersion: z.number().int().refine((v) => v === FORMAT_VERSION, {
    error: (issue) => `is ${String(issue.input)}; this version of Counterclaim reads backup format ${FORMAT_VERSION} only`,
  }),
  exportedAt: isoInstant,
  exportedBy: z.object({ email: z.string(), name: z.string() }).nullable(),
  workspace: z.object({ id: z.string().min(1), slug: z.string().min(1), name: z.string() }),
  manifest: z.record(z.string(), z.object({ rows: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits") })),
  users: z.array(z.record(z.string(), z.unknown())),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});

/** Builds the manifest: row count and canonical SHA-256 per table, and for the people. */
export function buildManifest(users: BackupRow[], tables: Record<string, BackupRow[]>): Record<string, TableEntry> {
  const manifest: Record<string, TableEntry> = { users: { rows: users.length, sha256: tableSha256(usersTable, users) } };
  for (const table of backupTables) {
    const rows = tables[table.name] ?? [];
    manifest[table.name] = { rows: rows.length, sha256: tableSha256(table, rows) };
  }
  return manifest;
}

/** The file's text, built in pieces (one per row) so no second whole-file string is made before compression. */
export function* backupJsonPieces(backup: WorkspaceBackup): Generator<string> {
  const { tables, users, ...header } = backup;
  const head = JSON.stringify(header, null, 1);
  yield `${head.slice(0, -2)},\n"users": [`;
  yield* rowsPieces(users);
  yield `],\n"tables": {`;
  let first = true;
  for (const table of backupTables) {
    yield `${first ? "" : ","}\n${JSON.stringify(table.name)}: [`;
    first = false;
    yield* rowsPieces(tables[table.name] ?? []);
    yield "]";
  }
  yield "\n}\n}\n";
}

function* rowsPieces(rows: BackupRow[]): Generator<string> {
  for (let i = 0; i < rows.length; i += 1) yield `${i === 0 ? "" : ","}\n${JSON.stringify(rows[i])}`;
  if (rows.length) yield "\n";
}
