import "server-only";
import { clientAddress, logSecurityEvent } from "../security/security-log";
import { checkSignInThrottle } from "./throttle";

/**
 * For a credentials sign-in over the throttle: the response that refuses it
 * (429 with Retry-After, or 503 if the throttle cannot be read); otherwise null.
 * next-auth's client reads `url` and its `error` parameter, so the body carries one.
 */
export async function refuseThrottledSignIn(request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  if (!url.pathname.endsWith("/callback/credentials")) return null;
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  const email = String(form?.get("email") ?? "").trim().toLowerCase().slice(0, 320);
  const ip = clientAddress(request.headers);
  const verdict = await checkSignInThrottle(email, ip);
  if (verdict.allowed) return null;

  const unavailable = verdict.reason === "unavailable";
  if (!unavailable) await logSecurityEvent("signIn.throttled", { email, ip, detail: verdict.reason }).catch(() => undefined);
  const error = unavailable ? "Unavailable" : "RateLimited";
  const message = unavailable
    ? "Signing in is unavailable at the moment. Try again shortly."
    : `Too many failed sign-ins. Try again in ${verdict.retryAfterSeconds} seconds.`;
  const body = {
    url: `${url.origin}/signin?error=${error}`,
    error: { code: unavailable ? "UNAVAILABLE" : "RATE_LIMITED", message, fields: {} },
  };
  return new Response(JSON.stringify(body), {
    status: unavailable ? 503 : 429,
    headers: { "content-type": "application/json; charset=utf-8", "retry-after": String(verdict.retryAfterSeconds), "cache-control": "no-store" },
  });
}
