import "server-only";
import { createHash } from "node:crypto";
import { getServerSession } from "next-auth";
import { db } from "../db/client";
import { AppError } from "../errors";
import { authOptions } from "./options";

/**
 * Who is making a request: a signed-in user, or an API token's user. A token is
 * bound to one workspace and can act nowhere else.
 */
export type Caller = { userId: string; tokenWorkspaceId?: string };

export async function sessionCaller(): Promise<Caller | null> {
  const session = await getServerSession(authOptions);
  // Not "signed out": the session could not be checked. The API answers 503; pages show app/error.tsx.
  if (session?.databaseUnavailable) throw new AppError("UNAVAILABLE", "The database is unavailable at the moment. Try again shortly.");
  const userId = session?.user?.id;
  return userId ? { userId } : null;
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The caller of an API request: bearer token first, else the session cookie. */
export async function requestCaller(request: Request): Promise<Caller | null> {
  const header = request.headers.get("authorization");
  if (header?.toLowerCase().startsWith("bearer ")) {
    const token = header.slice(7).trim();
    // Every API call starts here: one short statement, without Prisma's query engine (about a
    // millisecond of its own), kept prepared by its tag (lib/db/statement-names.ts).
    const [found] = await db.$queryRaw<{ userId: string; workspaceId: string }[]>`SELECT /* auth:token */ "userId", "workspaceId"
      FROM "ApiToken" WHERE "tokenHash" = ${hashApiToken(token)} AND "revokedAt" IS NULL`;
    if (!found) return null;
    return { userId: found.userId, tokenWorkspaceId: found.workspaceId };
  }
  return sessionCaller();
}
