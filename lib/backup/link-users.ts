import "server-only";
import type { Tx } from "../db/client";
import type { BackupRow } from "./format";

/**
 * Stored in place of a password hash for people a restore had to create: it is no
 * argon2 hash, so no password can ever match it; the person cannot sign in until
 * an operator sets a password (see docs/API.md, "Workspace backups").
 */
export const UNUSABLE_PASSWORD = "!restored-account:no-password-set";

export type UserLinks = {
  /** The file's user id -> this database's user id. */
  ids: Map<string, string>;
  matched: { email: string; name: string }[];
  created: { email: string; name: string }[];
  /** People in the file who have no account here and were not created (restore through the API). */
  missing: { email: string; name: string }[];
};

/**
 * Finds each person of the backup in this database by email. People without an
 * account are created (keeping their id when it is free) only when `create` is set.
 */
export async function linkUsers(tx: Tx, users: BackupRow[], create: boolean): Promise<UserLinks> {
  const links: UserLinks = { ids: new Map(), matched: [], created: [], missing: [] };
  for (const user of users) {
    const id = String(user.id);
    const email = String(user.email).trim().toLowerCase();
    const name = String(user.name);
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) {
      links.ids.set(id, existing.id);
      links.matched.push({ email, name });
    } else if (create) {
      const idTaken = await tx.user.findUnique({ where: { id }, select: { id: true } });
      const made = await tx.user.create({ data: { ...(idTaken ? {} : { id }), email, name, passwordHash: UNUSABLE_PASSWORD }, select: { id: true } });
      links.ids.set(id, made.id);
      links.created.push({ email, name });
    } else {
      links.missing.push({ email, name });
    }
  }
  return links;
}
