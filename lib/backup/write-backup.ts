import "server-only";
import { recordAudit } from "../audit/record";
import type { Db, Tx } from "../db/client";
import { AppError, isAppError } from "../errors";
import { sortRows } from "./canonical";
import { toDatabaseRow } from "./columns";
import { delegateOf } from "./database-tables";
import type { BackupRow, WorkspaceBackup } from "./format";
import { linkUsers } from "./link-users";
import { backupTables, sequenceTables, type BackupTable } from "./tables";

export type RestoreOptions = {
  /** Create accounts for people the file names who have none here (the operator's CLI); else leave them out. */
  createMissingUsers: boolean;
  /** Who restores: recorded in the new audit row. */
  restoredBy: { userId: string | null; via: "api" | "cli" };
};

export type RestoreResult = {
  workspace: { id: string; slug: string; name: string };
  rows: Record<string, number>;
  users: { matched: { email: string; name: string }[]; created: { email: string; name: string }[]; missing: { email: string; name: string }[] };
  /** Tables whose sequence ids were taken here, so their rows got new ids (in the same order). */
  renumbered: string[];
  notices: string[];
};

// Each INSERT carries at most this many rows or (roughly) bytes of text, so a
// workspace of long source texts does not become one giant statement.
const CHUNK_ROWS = 500;
const CHUNK_BYTES = 8 * 1024 * 1024;

/**
 * Writes a verified backup into this database in one transaction, parents before
 * children, keeping ids, versions and timestamps. Refuses (writing nothing) when the
 * workspace's id or slug is already here. The search index fills itself: its
 * triggers fire on each inserted source, excerpt and claim. One new audit row
 * records the restore.
 */
export async function writeWorkspaceBackup(client: Db, backup: WorkspaceBackup, options: RestoreOptions): Promise<RestoreResult> {
  let current = "Workspace";
  try {
    return await client.$transaction(
      async (tx) => {
        const { id, slug } = backup.workspace;
        const clash = await tx.workspace.findFirst({ where: { OR: [{ id }, { slug }] }, select: { id: true, slug: true } });
        if (clash) {
          const what = clash.id === id ? `the id ${id}` : `the slug "${slug}"`;
          throw new AppError("CONFLICT", `A workspace with ${what} already exists in this database. A restore never merges into or overwrites a workspace; nothing was written.`);
        }
        const links = await linkUsers(tx, backup.users, options.createMissingUsers);
        const notices: string[] = [];
        const renumbered: string[] = [];
        const rows: Record<string, number> = {};

        for (const table of backupTables) {
          current = table.name;
          let fileRows = sortRows(table, backup.tables[table.name]);
          if (table.name === "Membership") {
            fileRows = fileRows.filter((row) => links.ids.has(String(row.userId)));
            const left = backup.tables.Membership.length - fileRows.length;
            if (left) notices.push(`${left} membership(s) left out: those people have no account here (listed under users.missing).`);
          }
          let data = fileRows.map((row) => relinkUsers(table, row, links.ids));
          if (sequenceTables.includes(table.name)) {
            const taken = await takeSequenceIds(tx, table.name, data);
            if (taken.renumbered) renumbered.push(table.name);
            data = taken.rows;
          }
          const prepared = data.map((row) => toDatabaseRow(table.columns, row));
          rows[table.name] = table.name === "Rating" ? await insertRatings(tx, prepared) : await insertRows(tx, table.name, prepared);
        }

        current = "AuditEvent";
        if (links.created.length) notices.push(`${links.created.length} account(s) created without a usable password; each person needs a password set before they can sign in.`);
        if (renumbered.length) notices.push(`Ids of ${renumbered.join(", ")} were already in use here; those rows got new ids in their original order.`);
        await recordAudit(tx, {
          workspaceId: id,
          userId: options.restoredBy.userId,
          action: "workspace.restore",
          entityType: "Workspace",
          entityId: id,
          after: {
            via: options.restoredBy.via,
            formatVersion: backup.formatVersion,
            exportedAt: backup.exportedAt,
            exportedBy: backup.exportedBy,
            rows,
            createdUsers: links.created.map((u) => u.email),
            missingUsers: links.missing.map((u) => u.email),
            renumbered,
          },
        });
        return { workspace: backup.workspace, rows, users: { matched: links.matched, created: links.created, missing: links.missing }, renumbered, notices };
      },
      { maxWait: 10_000, timeout: 300_000 },
    );
  } catch (error) {
    if (isAppError(error)) throw error;
    const code = (error as { code?: unknown })?.code;
    if (code === "P2002" || code === "P2003") {
      throw new AppError("CONFLICT", `Restore refused at table ${current}: its rows clash with data already in this database (${code === "P2002" ? "an id or unique value is taken" : "a reference does not resolve"}); nothing was written.`);
    }
    throw error;
  }
}

function relinkUsers(table: BackupTable, row: BackupRow, ids: Map<string, string>): BackupRow {
  if (!table.users?.length) return row;
  const out = { ...row };
  for (const column of table.users) {
    const value = out[column];
    if (typeof value === "string" && ids.has(value)) out[column] = ids.get(value);
  }
  return out;
}

/**
 * Keeps the file's sequence ids when none is taken here, moving the sequence past
 * them first so new rows (even from concurrent writers) never collide; if some are
 * taken, all the table's rows get fresh ids in their original order.
 */
async function takeSequenceIds(tx: Tx, table: string, data: BackupRow[]): Promise<{ rows: BackupRow[]; renumbered: boolean }> {
  if (data.length === 0) return { rows: data, renumbered: false };
  const quoted = `"${table}"`;
  const ids = data.map((row) => String(row.id));
  const highest = ids.reduce((a, b) => (BigInt(b) > BigInt(a) ? b : a));
  await tx.$queryRawUnsafe(
    `SELECT setval(pg_get_serial_sequence($1, 'id'), GREATEST(COALESCE(pg_sequence_last_value(pg_get_serial_sequence($1, 'id')::regclass), 1), $2::bigint))`,
    quoted,
    highest,
  );
  const taken = await tx.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM ${quoted} WHERE id = ANY($1::bigint[])`, ids);
  if (Number(taken[0].n) === 0) return { rows: data, renumbered: false };
  const fresh = await tx.$queryRawUnsafe<{ id: bigint }[]>(`SELECT nextval(pg_get_serial_sequence($1, 'id')) AS id FROM generate_series(1, $2::int) ORDER BY 1`, quoted, data.length);
  return { rows: data.map((row, i) => ({ ...row, id: fresh[i].id.toString() })), renumbered: true };
}

async function insertRows(tx: Tx, table: string, data: Record<string, unknown>[]): Promise<number> {
  const delegate = delegateOf(tx, table);
  let count = 0;
  let chunk: Record<string, unknown>[] = [];
  let bytes = 0;
  const flush = async () => {
    if (chunk.length) count += (await delegate.createMany({ data: chunk })).count;
    chunk = [];
    bytes = 0;
  };
  for (const row of data) {
    chunk.push(row);
    bytes += textBytes(row);
    if (chunk.length >= CHUNK_ROWS || bytes >= CHUNK_BYTES) await flush();
  }
  await flush();
  return count;
}

function textBytes(row: Record<string, unknown>): number {
  let n = 0;
  for (const value of Object.values(row)) if (typeof value === "string") n += value.length;
  return n;
}

/** A rating may supersede another: insert in waves so each one's predecessor is already there. */
async function insertRatings(tx: Tx, data: Record<string, unknown>[]): Promise<number> {
  const inserted = new Set<string>();
  let remaining = data;
  let count = 0;
  while (remaining.length) {
    const ready = remaining.filter((row) => row.supersedesId === null || inserted.has(String(row.supersedesId)));
    if (ready.length === 0) throw new AppError("INVALID", "tables.Rating: ratings supersede ratings that are not in the backup (or each other in a loop)");
    count += await insertRows(tx, "Rating", ready);
    for (const row of ready) inserted.add(String(row.id));
    remaining = remaining.filter((row) => !inserted.has(String(row.id)));
  }
  return count;
}
