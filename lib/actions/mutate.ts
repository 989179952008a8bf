import "server-only";
import type { z } from "zod";
import { recordAudit } from "../audit/record";
import type { Caller } from "../auth/caller";
import { requireMember, type Membership } from "../auth/guards";
import type { Permission } from "../auth/roles";
import { db, type Tx } from "../db/client";
import { isWriteRace } from "../api/database-failures";
import { AppError, isAppError } from "../errors";
import { rejectNulCharacters } from "../text/nul-characters";

export type MutationContext<T> = {
  tx: Tx;
  input: T;
  membership: Membership;
  workspaceId: string;
  userId: string;
  /** Record what changed; every mutation must record at least once. */
  audit: (entityType: string, entityId: string, change: { before?: unknown; after?: unknown }) => Promise<void>;
  /** Declares that this call wrote nothing (e.g. a duplicate import), so no audit is due. */
  unchanged: () => void;
};

// A burst of writes queues for the pool's connections instead of failing after Prisma's
// default 2 s; a database that is really gone fails at once with a connection error.
const transactionLimits = { maxWait: 10_000, timeout: 20_000 };

type MutationSpec<S extends z.ZodType> = {
  action: string;
  permission: Permission;
  schema: S;
};

/**
 * The one path for a write: authenticate, authorize (membership and role, on the
 * server), validate with zod, then run and audit in a single transaction.
 * Authorization comes before validation so non-members learn nothing about inputs.
 */
export async function mutate<S extends z.ZodType, R>(
  caller: Caller | null,
  workspace: string,
  spec: MutationSpec<S>,
  rawInput: unknown,
  run: (ctx: MutationContext<z.infer<S>>) => Promise<R>,
): Promise<R> {
  const membership = await requireMember(caller, workspace, spec.permission);
  const workspaceId = membership.workspaceId;
  const parsed = spec.schema.safeParse(rawInput);
  if (!parsed.success) throw AppError.invalid(parsed.error);
  rejectNulCharacters(parsed.data);
  const userId = membership.userId;

  try {
    return await db.$transaction(async (tx) => {
      let audited = 0;
      let unchanged = false;
      const result = await run({
        tx,
        input: parsed.data,
        membership,
        workspaceId,
        userId,
        audit: async (entityType, entityId, change) => {
          audited += 1;
          await recordAudit(tx, { workspaceId, userId, action: spec.action, entityType, entityId, ...change });
        },
        unchanged: () => {
          unchanged = true;
        },
      });
      if (audited === 0 && !unchanged) throw new Error(`${spec.action} changed data without an audit record`);
      return result;
    }, transactionLimits);
  } catch (error) {
    // A unique key taken by a concurrent request between our check and our insert
    // (or a serialization failure): the other request won; nothing of ours was written.
    if (!isAppError(error) && isWriteRace(error)) {
      throw new AppError("CONFLICT", "Someone else made the same change at the same moment. Reload and try again.");
    }
    throw error;
  }
}

/**
 * Applies an update only if the row is still at `expectedVersion`; otherwise the
 * row was changed by someone else and the caller gets a CONFLICT, not an overwrite.
 */
export function assertVersion(updatedCount: number, what: string) {
  if (updatedCount === 0) throw AppError.conflict(what);
}
