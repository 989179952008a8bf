// Response headers and the cross-site write check that proxy.ts applies to every
// page and API response. Pure functions, so unit tests can read the policy.

/**
 * A strict CSP: scripts and <style> elements run only with this request's nonce
 * (Next.js puts it on its own scripts and inline styles when it finds it in the
 * request's CSP header); 'strict-dynamic' lets those scripts load the chunks they
 * import. <style> elements need the nonce as well; style attributes are allowed
 * (see style-src-attr below).
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code to rebuild server error stacks; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // Style attributes (e.g. a bar's computed width) cannot carry a nonce. Allowing them is
    // low risk here: they cannot run script, and img-src/font-src keep url() to this origin.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce (128 bits) for one response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** Headers every response carries, whatever it holds. */
export const baseSecurityHeaders: Record<string, string> = {
  // Browsers ignore HSTS over plain http (local use), and keep to https once they have seen it.
  "strict-transport-security": "max-age=63072000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};

/** Pages and API answers that can hold workspace data are never stored by browsers or proxies. */
export function holdsWorkspaceData(pathname: string): boolean {
  return pathname === "/" || pathname.startsWith("/w/") || pathname.startsWith("/api/") || pathname.startsWith("/account");
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

type RequestFacts = { method: string; headers: Headers };

/**
 * Why a state-changing request must be refused as cross-site, or null if it may go on.
 * Browsers say where a request comes from (Sec-Fetch-Site, Origin); a request from
 * another site riding on the user's cookie is refused. Clients that send neither
 * (curl, scripts with an API token) cannot carry a victim's cookie, so they pass.
 */
export function crossSiteRefusal(request: RequestFacts): string | null {
  if (safeMethods.has(request.method.toUpperCase())) return null;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") {
    return `Requests from another site (${fetchSite}) cannot change data here`;
  }
  const origin = request.headers.get("origin");
  if (origin) {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    let originHost: string | null = null;
    try {
      originHost = origin === "null" ? null : new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (!host || originHost !== host) return "Requests from another origin cannot change data here";
  }
  return null;
}
