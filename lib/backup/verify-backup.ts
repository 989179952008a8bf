import { gunzipSync } from "node:zlib";
import { z } from "zod";
import { AppError, type FieldErrors } from "../errors";
import { tableSha256, textSha256 } from "./canonical";
import { rowSchema } from "./columns";
import { envelopeSchema, usersTable, type BackupRow, type WorkspaceBackup } from "./format";
import { backupTables, tableNames } from "./tables";

/** Largest backup accepted, after decompression: well above a workspace of thousands of long source texts. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;
const MAX_REPORTED = 20;

function refuse(fieldErrors: FieldErrors, lead = "This backup cannot be restored"): never {
  const entries = Object.entries(fieldErrors);
  const shown = entries.slice(0, 5).map(([field, messages]) => `${field}: ${messages.join(", ")}`);
  const more = entries.length > 5 ? `; and ${entries.length - 5} more` : "";
  throw new AppError("INVALID", `${lead} — ${shown.join("; ")}${more}`, Object.fromEntries(entries.slice(0, MAX_REPORTED)));
}

/** The file's JSON text: gzip is recognised by its magic bytes, anything else is read as UTF-8. */
export function decodeBackupBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) refuse({ file: ["is empty"] });
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  let raw: Buffer;
  try {
    raw = gzipped ? gunzipSync(bytes, { maxOutputLength: MAX_BACKUP_BYTES }) : Buffer.from(bytes);
  } catch (error) {
    const tooBig = error instanceof RangeError || String(error).includes("maxOutputLength") || String(error).includes("buffer");
    refuse({ file: [tooBig ? `is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB once decompressed` : "is gzip data that is damaged or cut short"] });
  }
  if (raw.length > MAX_BACKUP_BYTES) refuse({ file: [`is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB`] });
  return raw.toString("utf8");
}

/**
 * Reads and checks a backup file, refusing it with messages naming each problem:
 * not a backup, an unknown format version, tables missing or unknown, a table whose
 * rows do not match the manifest's count or SHA-256 (altered or damaged), a row
 * that does not fit its table, a source text that does not match its SHA-256, or
 * rows of another workspace. Nothing is written here.
 */
export function parseBackup(bytes: Uint8Array): WorkspaceBackup {
  let value: unknown;
  try {
    value = JSON.parse(decodeBackupBytes(bytes));
  } catch (error) {
    if (error instanceof AppError) throw error;
    refuse({ file: [`is not valid JSON (${error instanceof Error ? error.message : "unreadable"})`] });
  }
  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success) refuse(issuesToFields(envelope.error));
  const backup = envelope.data as WorkspaceBackup;

  checkTableSet(backup);
  checkManifest(backup);
  checkRows(backup);
  checkTexts(backup);
  checkWorkspaceScope(backup);
  return backup;
}

function issuesToFields(error: z.ZodError, prefix = ""): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "");
    (fields[`${prefix}${prefix && path && !path.startsWith("[") ? "." : ""}${path}` || "file"] ??= []).push(issue.message);
  }
  return fields;
}

function checkTableSet(backup: WorkspaceBackup) {
  const fields: FieldErrors = {};
  const known = new Set(tableNames);
  for (const name of tableNames) {
    if (!backup.tables[name]) fields[`tables.${name}`] = ["is missing"];
    if (!backup.manifest[name]) fields[`manifest.${name}`] = ["is missing"];
  }
  if (!backup.manifest.users) fields["manifest.users"] = ["is missing"];
  for (const name of Object.keys(backup.tables)) if (!known.has(name)) fields[`tables.${name}`] = ["is not a table this version of Counterclaim knows"];
  for (const name of Object.keys(backup.manifest)) if (name !== "users" && !known.has(name)) fields[`manifest.${name}`] = ["is not a table this version of Counterclaim knows"];
  if (Object.keys(fields).length) refuse(fields);
}

/** Row counts and content hashes, before anything else is trusted. */
function checkManifest(backup: WorkspaceBackup) {
  const fields: FieldErrors = {};
  const check = (name: string, rows: BackupRow[], sha256: string) => {
    const entry = backup.manifest[name];
    if (entry.rows !== rows.length) fields[`tables.${name}`] = [`has ${rows.length} rows but the manifest says ${entry.rows}: the file was altered or damaged`];
    else if (entry.sha256 !== sha256) fields[`tables.${name}`] = ["does not match the manifest's SHA-256: the file was altered or damaged"];
  };
  try {
    check("users", backup.users, tableSha256(usersTable, backup.users));
    for (const table of backupTables) check(table.name, backup.tables[table.name], tableSha256(table, backup.tables[table.name]));
  } catch {
    // A sequence id that is not a number cannot even be sorted; the row check names it.
    return;
  }
  if (Object.keys(fields).length) refuse(fields, "This backup was altered or damaged and will not be restored");
}

function checkRows(backup: WorkspaceBackup) {
  const fields: FieldErrors = {};
  const checkTable = (name: string, columns: Parameters<typeof rowSchema>[0], rows: BackupRow[]) => {
    const schema = rowSchema(columns);
    for (let i = 0; i < rows.length && Object.keys(fields).length < MAX_REPORTED; i += 1) {
      const parsed = schema.safeParse(rows[i]);
      if (!parsed.success) Object.assign(fields, issuesToFields(parsed.error, `tables.${name}[${i}]`));
    }
  };
  checkTable("users", usersTable.columns, backup.users);
  for (const table of backupTables) checkTable(table.name, table.columns, backup.tables[table.name]);
  if (Object.keys(fields).length) refuse(fields);
}

/** Source texts travel byte-exact: each must still hash to the SHA-256 stored beside it. */
function checkTexts(backup: WorkspaceBackup) {
  const fields: FieldErrors = {};
  for (const name of ["Source", "SourceRevision"]) {
    backup.tables[name].forEach((row, i) => {
      if (textSha256(String(row.text)) !== row.textSha256) fields[`tables.${name}[${i}].text`] = [`does not match its textSha256 (row ${String(row.id)})`];
    });
  }
  if (Object.keys(fields).length) refuse(fields, "A source text in this backup is not the text that was saved");
}

function checkWorkspaceScope(backup: WorkspaceBackup) {
  const fields: FieldErrors = {};
  const [workspace, ...others] = backup.tables.Workspace;
  if (!workspace || others.length) fields["tables.Workspace"] = ["must hold exactly one workspace"];
  else if (workspace.id !== backup.workspace.id || workspace.slug !== backup.workspace.slug) fields["tables.Workspace"] = ["does not match the file's `workspace` header"];
  for (const table of backupTables.slice(1)) {
    const stray = backup.tables[table.name].findIndex((row) => row.workspaceId !== backup.workspace.id);
    if (stray >= 0) fields[`tables.${table.name}[${stray}].workspaceId`] = ["belongs to another workspace"];
  }
  const ids = new Set<unknown>();
  const emails = new Set<string>();
  backup.users.forEach((user, i) => {
    if (ids.has(user.id)) fields[`users[${i}].id`] = ["appears twice"];
    if (emails.has(String(user.email).toLowerCase())) fields[`users[${i}].email`] = ["appears twice"];
    ids.add(user.id);
    emails.add(String(user.email).toLowerCase());
  });
  if (Object.keys(fields).length) refuse(fields);
}
