// Helpers the integration tests share: a second workspace, a snapshot of what a
// workspace holds (to prove a refused write stored nothing) and the audit rows
// a write added.
import { expect } from "vitest";
import type { Caller } from "../../lib/auth/caller";
import { createActor } from "../../lib/actors/write-actors";
import { db } from "../../lib/db/client";
import { createIncident } from "../../lib/incidents/write-incidents";
import { createWorkspace } from "../../lib/workspaces/write-workspaces";
import { makeTeam, uniqueSuffix, type RoleKey } from "./factories";

export type Team = Awaited<ReturnType<typeof makeTeam>>;
export type Write = (caller: Caller | null, workspace: string) => Promise<unknown>;

/** A team's workspace A plus a workspace B owned by the same owner, so B's ids are reachable by name only. */
export async function makeTeamWithSecondWorkspace() {
  const team = await makeTeam();
  const other = await createWorkspace(team.callers.owner, { slug: `ws-b-${uniqueSuffix()}`, name: "Other workspace" });
  return { ...team, other };
}

let tablesWithWorkspace: Promise<{ table: string; versioned: boolean }[]> | undefined;

/** Every table that holds workspace rows (found in the catalog, so new tables are covered too). */
function workspaceTables() {
  tablesWithWorkspace ??= db
    .$queryRawUnsafe<{ table: string; versioned: boolean }[]>(
      `SELECT c.table_name AS "table",
              EXISTS (SELECT 1 FROM information_schema.columns v
                      WHERE v.table_schema = 'public' AND v.table_name = c.table_name AND v.column_name = 'version') AS versioned
       FROM information_schema.columns c
       WHERE c.table_schema = 'public' AND c.column_name = 'workspaceId'
       ORDER BY 1`,
    )
    .then((rows) => rows);
  return tablesWithWorkspace;
}

/**
 * Row count and version sum of every workspace table for these workspaces, plus
 * the workspaces' own versions: equal snapshots mean nothing was added, removed or edited.
 */
export async function snapshot(...workspaceIds: string[]) {
  const tables = await workspaceTables();
  const sql = tables
    .map(({ table, versioned }) => `SELECT '${table}' AS t, count(*) AS n, ${versioned ? `sum("version")` : "0"} AS v FROM "${table}" WHERE "workspaceId" = ANY($1)`)
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ t: string; n: bigint; v: bigint | number | null }[]>(sql, workspaceIds);
  const result: Record<string, string> = {};
  for (const row of rows) result[row.t] = `${row.n}/${row.v ?? 0}`;
  const workspaces = await db.workspace.findMany({ where: { id: { in: workspaceIds } }, select: { id: true, version: true } });
  result.Workspace = workspaces.map((w) => `${w.id}:${w.version}`).sort().join(",");
  return result;
}

/** The highest audit id so far; pass it to `auditSince` after a write. */
export async function auditMark() {
  const last = await db.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return last?.id ?? BigInt(0);
}

/** Audit rows of a workspace added after `mark`, oldest first. */
export function auditSince(workspaceId: string | null, mark: bigint) {
  return db.auditEvent.findMany({ where: { workspaceId, id: { gt: mark } }, orderBy: { id: "asc" } });
}

/** Runs a successful write and asserts it added exactly these audit rows (action, entity type). */
export async function expectAudited<T>(workspaceId: string, expected: [action: string, entityType: string][], write: () => Promise<T>) {
  const mark = await auditMark();
  const result = await write();
  const rows = await auditSince(workspaceId, mark);
  expect(rows.map((r) => [r.action, r.entityType])).toEqual(expected);
  return { result, rows };
}

/** Asserts `write` is refused with `code` and that neither workspace changed. */
export async function expectRefused(code: string, workspaceIds: string[], write: () => Promise<unknown>) {
  const before = await snapshot(...workspaceIds);
  await expect(write()).rejects.toMatchObject({ code });
  expect(await snapshot(...workspaceIds)).toEqual(before);
}

/**
 * The access rules every write obeys: roles below the one it needs are FORBIDDEN,
 * a non-member gets NOT_FOUND, a signed-out caller UNAUTHENTICATED, and none of
 * them stores anything.
 */
export async function expectAccessRules(team: Team, forbidden: RoleKey[], write: Write) {
  const ws = team.workspace.id;
  for (const role of forbidden) await expectRefused("FORBIDDEN", [ws], () => write(team.callers[role], ws));
  await expectRefused("NOT_FOUND", [ws], () => write(team.callers.outsider, ws));
  await expectRefused("UNAUTHENTICATED", [ws], () => write(null, ws));
}

export async function makeActor(caller: Caller, workspaceId: string, name = `Actor ${uniqueSuffix()}`, kind: "PERSON" | "ORGANISATION" = "ORGANISATION") {
  return createActor(caller, workspaceId, { name, kind });
}

export async function makeIncident(caller: Caller, workspaceId: string, extra: Record<string, unknown> = {}) {
  return createIncident(caller, workspaceId, { title: `Attack ${uniqueSuffix()}`, eventType: "Explosions/Remote violence", occurredOn: "2022-04-21", province: "Balkh", ...extra });
}
