import "server-only";

// Prisma (with the pg driver adapter) reports an unreachable or overloaded database in
// several shapes: Prisma codes P1xxx, pool and transaction timeouts, a driver-adapter
// `kind`, a raw socket or SQLSTATE code, or a bare pg Error with only a message.

const unavailablePrismaCodes = new Set(["P2024", "P2028"]);
const unavailableKinds = new Set([
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "DatabaseAccessDenied",
  "AuthenticationFailed",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);
const unavailableDriverCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "EPIPE", "53300", "57P01", "57P02", "57P03"]);
const unavailableMessages = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

type Inspectable = { name?: unknown; code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

/** The error and everything it wraps, shallowest first. */
function chain(error: unknown): Inspectable[] {
  const found: Inspectable[] = [];
  const queue = [error];
  while (queue.length && found.length < 8) {
    const next = queue.shift();
    if (!next || typeof next !== "object" || found.includes(next as Inspectable)) continue;
    const item = next as Inspectable;
    found.push(item);
    queue.push(item.cause, item.meta?.driverAdapterError);
  }
  return found;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return chain(error).some((e) => {
    if (e.name === "PrismaClientInitializationError") return true;
    if (typeof e.code === "string") {
      if (/^P1\d{3}$/.test(e.code) || unavailablePrismaCodes.has(e.code) || unavailableDriverCodes.has(e.code)) return true;
      if (/^08[0-9A-Z]{3}$/.test(e.code)) return true; // SQLSTATE class 08: connection exception
    }
    if (typeof e.kind === "string" && unavailableKinds.has(e.kind)) return true;
    return typeof e.message === "string" && unavailableMessages.test(e.message);
  });
}

/**
 * Two requests raced on the same row: a unique key taken between check and insert
 * (P2002) or a serialization failure or deadlock (P2034). Retrying is the answer.
 */
export function isWriteRace(error: unknown): boolean {
  return chain(error).some((e) => e.code === "P2002" || e.code === "P2034" || e.kind === "TransactionWriteConflict");
}

/**
 * Text PostgreSQL refused to hold or compare: U+0000 (SQLSTATE 22021, Prisma P2039).
 * Inputs are checked for it up front; this catches any path that slipped past.
 */
export function isUnstorableText(error: unknown): boolean {
  return chain(error).some((e) => e.code === "P2039" || e.code === "22021");
}
