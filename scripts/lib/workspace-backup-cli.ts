// The operator's side of workspace backups, run by scripts/backup.mjs and
// scripts/restore.mjs with DATABASE_URL set. The operator has the database itself,
// so no sign-in is asked; exports and restores are still written to the audit log.
import { readFileSync, writeFileSync } from "node:fs";
import { encodeBackup, readWorkspaceBackup, recordExport, rowCounts } from "../../lib/backup/export-workspace";
import { parseBackup } from "../../lib/backup/verify-backup";
import { writeWorkspaceBackup } from "../../lib/backup/write-backup";
import { db } from "../../lib/db/client";
import { isAppError } from "../../lib/errors";

const describeRows = (rows: Record<string, number>) =>
  Object.entries(rows)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `${table} ${n}`)
    .join(", ");

async function backup(workspace: string, file: string) {
  const found = await db.workspace.findFirst({ where: { OR: [{ id: workspace }, { slug: workspace }] }, select: { id: true } });
  if (!found) throw new Error(`No workspace with the id or slug "${workspace}" in this database.`);
  const content = await readWorkspaceBackup(db, found.id, null);
  const body = await encodeBackup(content, { gzip: file.endsWith(".gz") });
  // The file holds everything the workspace holds: readable by its owner only.
  writeFileSync(file, body, { mode: 0o600 });
  const sha256 = await recordExport(content, body, null);
  console.log(`Backed up workspace "${content.workspace.slug}" to ${file} (${body.length} bytes, SHA-256 ${sha256}).`);
  console.log(`Rows: ${describeRows(rowCounts(content))}.`);
}

async function restore(file: string) {
  const content = parseBackup(readFileSync(file));
  console.log(`Verified ${file}: format ${content.formatVersion}, exported ${content.exportedAt}, every table matches its SHA-256.`);
  const result = await writeWorkspaceBackup(db, content, { createMissingUsers: true, restoredBy: { userId: null, via: "cli" } });
  console.log(`Restored workspace "${result.workspace.slug}" (${result.workspace.name}).`);
  console.log(`Rows: ${describeRows(result.rows)}.`);
  if (result.users.matched.length) console.log(`Linked to existing accounts: ${result.users.matched.map((u) => u.email).join(", ")}.`);
  if (result.users.created.length) {
    console.log(`Accounts created WITHOUT a usable password (they cannot sign in until one is set with npm run set-password -- <email>): ${result.users.created.map((u) => u.email).join(", ")}.`);
  }
  for (const notice of result.notices) console.log(`Note: ${notice}`);
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (command === "backup" && args.length === 2) return backup(args[0], args[1]);
  if (command === "restore" && args.length === 1) return restore(args[0]);
  throw new Error("Usage: npm run backup -- <workspace id or slug> <file[.gz]>   |   npm run restore -- <file>");
}

main()
  .catch((error) => {
    console.error(isAppError(error) ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
