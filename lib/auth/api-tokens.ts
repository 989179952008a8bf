import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { mutate } from "../actions/mutate";
import { db } from "../db/client";
import { AppError } from "../errors";
import { id, requiredText } from "../schemas";
import { hashApiToken, type Caller } from "./caller";
import { requireMember } from "./guards";

const createApiTokenSchema = z.object({ name: requiredText(100) });
const revokeApiTokenSchema = z.object({ id });

// Everything about a token except its hash.
const publicFields = { id: true, workspaceId: true, userId: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

/**
 * A bearer token for the JSON API, acting as the caller in this one workspace
 * with the caller's role. The plaintext is returned here once; only its SHA-256
 * is stored. A token cannot mint further tokens, so a leaked token cannot
 * outlive its own revocation.
 */
export async function createApiToken(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "apiToken.create", permission: "read", schema: createApiTokenSchema }, input, async (ctx) => {
    if (caller?.tokenWorkspaceId) throw new AppError("FORBIDDEN", "An API token cannot create tokens; sign in to create one");
    const token = `cc_${randomBytes(32).toString("base64url")}`;
    const created = await ctx.tx.apiToken.create({
      data: { workspaceId: ctx.workspaceId, userId: ctx.userId, name: ctx.input.name, tokenHash: hashApiToken(token) },
      select: publicFields,
    });
    await ctx.audit("ApiToken", created.id, { after: created });
    return { ...created, token };
  });
}

/** Revokes one of the caller's own tokens in this workspace; revoking twice changes nothing. */
export async function revokeApiToken(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "apiToken.revoke", permission: "read", schema: revokeApiTokenSchema }, input, async (ctx) => {
    const where = { id: ctx.input.id, workspaceId: ctx.workspaceId, userId: ctx.userId };
    const before = await ctx.tx.apiToken.findFirst({ where, select: publicFields });
    if (!before) throw AppError.notFound("API token");
    if (before.revokedAt) {
      ctx.unchanged();
      return before;
    }
    const revokedAt = new Date();
    await ctx.tx.apiToken.updateMany({ where: { ...where, revokedAt: null }, data: { revokedAt } });
    const after = { ...before, revokedAt };
    await ctx.audit("ApiToken", before.id, { before, after });
    return after;
  });
}

/** The caller's own tokens in this workspace, newest first, without their hashes. */
export async function listApiTokens(caller: Caller | null, workspace: string) {
  const { workspaceId, userId } = await requireMember(caller, workspace, "read");
  return db.apiToken.findMany({ where: { workspaceId, userId }, select: publicFields, orderBy: { createdAt: "desc" } });
}
