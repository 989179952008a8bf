import { decode, encode } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { ABSOLUTE_TIMEOUT_MS, sessionCookieNames, sessionState } from "./lib/auth/session-policy";
import { baseSecurityHeaders, contentSecurityPolicy, crossSiteRefusal, holdsWorkspaceData, newNonce } from "./lib/security/headers";

/**
 * Runs before every page and API request: refuses cross-site writes, gives each
 * response a nonce-based CSP and the security headers, keeps workspace data out of
 * caches, and slides the session's idle clock. Authorization is not done here:
 * every action and handler checks membership itself.
 */
export async function proxy(request: NextRequest) {
  const refusal = crossSiteRefusal(request);
  if (refusal) return withHeaders(request, refusedResponse(403, "FORBIDDEN", refusal), contentSecurityPolicy(newNonce()));
  // PostgreSQL cannot hold or compare U+0000; no route or query needs one.
  if (/%00/.test(request.nextUrl.pathname + request.nextUrl.search)) {
    return withHeaders(request, refusedResponse(400, "INVALID", "The address must not contain NUL characters (%00)"), contentSecurityPolicy(newNonce()));
  }

  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  // Next.js reads the nonce from the request's CSP header and puts it on its scripts and styles.
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);

  const session = await slideSession(request);
  if (session) requestHeaders.set("cookie", request.cookies.toString());
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (session?.value) {
    response.cookies.set(session.name, session.value, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: session.name.startsWith("__Secure-"),
      maxAge: ABSOLUTE_TIMEOUT_MS / 1000,
    });
  } else if (session) {
    response.cookies.delete(session.name);
  }
  return withHeaders(request, response, csp);
}

function refusedResponse(status: number, code: string, message: string) {
  return NextResponse.json({ error: { code, message, fields: {} } }, { status });
}

function withHeaders(request: NextRequest, response: NextResponse, csp: string) {
  response.headers.set("content-security-policy", csp);
  for (const [name, value] of Object.entries(baseSecurityHeaders)) response.headers.set(name, value);
  if (holdsWorkspaceData(request.nextUrl.pathname)) response.headers.set("cache-control", "no-store");
  return response;
}

/**
 * The session cookie, re-issued with the activity time moved to now (value) or
 * dropped because the session ended (no value); undefined when nothing changes.
 * The request's own cookie is updated too, so this very request sees the outcome.
 */
async function slideSession(request: NextRequest): Promise<{ name: string; value?: string } | undefined> {
  const secret = process.env.NEXTAUTH_SECRET;
  const name = sessionCookieNames.find((n) => request.cookies.has(n));
  if (!secret || !name) return undefined;
  const token = await decode({ token: request.cookies.get(name)?.value, secret }).catch(() => null);
  if (!token) return undefined; // Unreadable: next-auth treats it as signed out.
  const now = Date.now();
  const state = sessionState(token, now);
  if (state === "fresh") return undefined;
  if (state === "expired") {
    request.cookies.delete(name);
    return { name };
  }
  const value = await encode({ token: { ...token, activeAt: now }, secret, maxAge: ABSOLUTE_TIMEOUT_MS / 1000 });
  request.cookies.set(name, value);
  return { name, value };
}

export const config = {
  // Static build output and the icon need none of this.
  matcher: ["/((?!_next/static|_next/image|icon.svg|favicon.ico).*)"],
};
