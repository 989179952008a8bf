import "server-only";
import { db } from "../db/client";

export type SecurityEventKind =
  | "signIn.succeeded"
  | "signIn.failed"
  | "signIn.throttled"
  | "signOut"
  | "sessions.ended"
  | "password.changed"
  | "access.denied";

export type SecurityEventFields = {
  userId?: string | null;
  email?: string | null;
  ip?: string | null;
  workspace?: string | null;
  detail?: string | null;
};

/** Appends one row to the security log (append-only in the database). */
export async function logSecurityEvent(kind: SecurityEventKind, fields: SecurityEventFields = {}) {
  await db.securityEvent.create({
    data: {
      kind,
      userId: fields.userId ?? null,
      email: fields.email?.slice(0, 320) ?? null,
      ip: fields.ip?.slice(0, 64) ?? null,
      workspace: fields.workspace?.slice(0, 200) ?? null,
      detail: fields.detail?.slice(0, 500) ?? null,
    },
  });
}

/**
 * Logs a denied access without letting a logging failure replace the denial the
 * caller is about to receive (the database may be the reason for both).
 */
export async function logDeniedAccess(fields: SecurityEventFields) {
  try {
    await logSecurityEvent("access.denied", fields);
  } catch (error) {
    console.warn("security log: could not record a denied access", error instanceof Error ? error.message : error);
  }
}

/** The client address as the nearest proxy reports it (first X-Forwarded-For hop), else unknown. */
export function clientAddress(headers: Headers | Record<string, unknown> | undefined): string {
  const get = (name: string): string | undefined => {
    if (!headers) return undefined;
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return typeof value === "string" ? value : Array.isArray(value) ? String(value[0]) : undefined;
  };
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || get("x-real-ip")?.trim() || "unknown";
}
