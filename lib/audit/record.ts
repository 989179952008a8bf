import "server-only";
import type { Tx } from "../db/client";

export type AuditEntry = {
  workspaceId: string | null;
  userId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/** Appends one audit event inside the caller's transaction. */
export async function recordAudit(tx: Tx, entry: AuditEntry) {
  await tx.auditEvent.create({
    data: {
      workspaceId: entry.workspaceId,
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

// Dates and BigInts survive as strings; undefined becomes absent.
function toJson(value: unknown) {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
}
