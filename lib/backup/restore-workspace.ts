import "server-only";
import type { Caller } from "../auth/caller";
import { db } from "../db/client";
import { AppError } from "../errors";
import { parseBackup } from "./verify-backup";
import { writeWorkspaceBackup, type RestoreResult } from "./write-backup";

/**
 * Restores a backup through the app (the API). The rule:
 * - a signed-in person, not an API token (a token is bound to one existing workspace);
 * - who is an OWNER of the workspace in the file itself, matched by email — you put
 *   back a workspace you owned, you do not adopt someone else's;
 * - the workspace (its id and its slug) must not exist here;
 * - no accounts are created: people in the file without an account here keep their
 *   authorship ids but get no membership (the result lists them). Creating accounts
 *   for arbitrary emails from an uploaded file would let anyone claim addresses, so
 *   only the operator's CLI (`npm run restore`) does that.
 * The file is verified (format, hashes, texts) before any of this is decided.
 */
export async function restoreWorkspace(caller: Caller | null, file: Uint8Array): Promise<RestoreResult> {
  if (!caller) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
  if (caller.tokenWorkspaceId) throw new AppError("FORBIDDEN", "An API token cannot restore a workspace; sign in to do this");
  const backup = parseBackup(file);

  const me = await db.user.findUnique({ where: { id: caller.userId }, select: { email: true } });
  if (!me) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
  const ownerIds = new Set(backup.tables.Membership.filter((m) => m.role === "OWNER").map((m) => String(m.userId)));
  const ownerEmails = backup.users.filter((u) => ownerIds.has(String(u.id))).map((u) => String(u.email).toLowerCase());
  if (!ownerEmails.includes(me.email.toLowerCase())) {
    throw new AppError(
      "FORBIDDEN",
      `Only an owner of the workspace in this backup can restore it here, and ${me.email} is not one of its owners. An operator can restore any backup with \`npm run restore\`.`,
    );
  }
  return writeWorkspaceBackup(db, backup, { createMissingUsers: false, restoredBy: { userId: caller.userId, via: "api" } });
}
