import "server-only";
import { db } from "../db/client";

// Brute-force throttle for sign-in: at most MAX_FAILURES failed attempts per account
// and per client address in any WINDOW_MS. The failures are rows of the security
// log in PostgreSQL, so the limit holds across processes and restarts.

export const MAX_FAILURES = 10;
export const WINDOW_MS = 60 * 1000;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; reason: string };

/**
 * Whether another sign-in attempt may be made for this email from this address.
 * Fails closed: if the store cannot be read, the attempt is refused.
 */
export async function checkSignInThrottle(email: string, ip: string, now = new Date()): Promise<ThrottleVerdict> {
  const since = new Date(now.getTime() - WINDOW_MS);
  try {
    const buckets = [["account", { email: email.toLowerCase() }]] as [string, { email: string } | { ip: string }][];
    // Without a known address every client would share one bucket and lock each other out.
    if (ip !== "unknown") buckets.push(["address", { ip }]);
    for (const [reason, where] of buckets) {
      // The oldest failure that, once out of the window, would let one more attempt through.
      const recent = await db.securityEvent.findMany({
        where: { ...where, kind: "signIn.failed", createdAt: { gt: since } },
        orderBy: { createdAt: "desc" },
        take: MAX_FAILURES,
        select: { createdAt: true },
      });
      if (recent.length >= MAX_FAILURES) {
        const oldest = recent[recent.length - 1].createdAt.getTime();
        const retryAfterSeconds = Math.max(1, Math.ceil((oldest + WINDOW_MS - now.getTime()) / 1000));
        return { allowed: false, retryAfterSeconds, reason };
      }
    }
    return { allowed: true };
  } catch (error) {
    console.warn("sign-in throttle unavailable; refusing the attempt", error instanceof Error ? error.message : error);
    return { allowed: false, retryAfterSeconds: 5, reason: "unavailable" };
  }
}
