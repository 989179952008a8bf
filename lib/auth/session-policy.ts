// How long a signed-in session lasts. Shared by the JWT callback (the check) and
// proxy.ts (which slides the idle clock forward as the user works).

/** No request for this long ends the session. */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** However active, a session ends this long after sign-in. */
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** The idle clock is written back at most this often, so most requests re-encode nothing. */
export const ACTIVITY_RESOLUTION_MS = 60 * 1000;

/** A decoded session token; its `signedInAt` and `activeAt` are epoch milliseconds. */
export type SessionClock = Record<string, unknown>;

export type SessionState = "expired" | "stale" | "fresh";

/** Whether a token's session has ended, needs its activity time moved forward, or is fine as is. */
export function sessionState(token: SessionClock, now: number): SessionState {
  const { signedInAt, activeAt } = token as { signedInAt?: unknown; activeAt?: unknown };
  // A token without both times predates this policy: treat it as ended.
  if (typeof signedInAt !== "number" || typeof activeAt !== "number") return "expired";
  if (now - signedInAt >= ABSOLUTE_TIMEOUT_MS || now - activeAt >= IDLE_TIMEOUT_MS) return "expired";
  return now - activeAt >= ACTIVITY_RESOLUTION_MS ? "stale" : "fresh";
}

/** Session cookie names next-auth uses over https and over plain http. */
export const sessionCookieNames = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;
