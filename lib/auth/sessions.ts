import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import { logSecurityEvent } from "../security/security-log";
import type { Caller } from "./caller";

/**
 * Ends every session the user has: JWTs are checked against this cutoff on each
 * request (lib/auth/options.ts), so sessions begun before now stop working.
 */
export async function endAllSessions(userId: string, reason: "signOut" | "signOutEverywhere" | "passwordChanged") {
  await db.user.update({ where: { id: userId }, data: { sessionsValidAfter: new Date() } });
  await logSecurityEvent("sessions.ended", { userId, detail: reason });
}

/** "Sign out everywhere" for the signed-in user. API tokens are separate and stay until revoked. */
export async function signOutEverywhere(caller: Caller | null) {
  if (!caller) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
  if (caller.tokenWorkspaceId) throw new AppError("FORBIDDEN", "An API token cannot end sessions; sign in to do this");
  await endAllSessions(caller.userId, "signOutEverywhere");
}
