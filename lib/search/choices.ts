import "server-only";
import { z } from "zod";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { AppError } from "../errors";
import { Prisma } from "../db/generated/client";
import { foldTerm } from "./fold";
import { termPattern } from "./query";

/**
 * Pickers ("link this passage to a claim", "this source derives from…") offer the
 * latest CHOICES and find the rest by their words: a workspace can hold 200,000
 * claims and 100,000 sources, and listing even 200 of them made each page that
 * carries a picker 70–100 kB heavier (bench/RESULTS.md).
 */
export const CHOICES = 25;

const querySchema = z.string().trim().min(1, "Type a word to look for").max(200, "At most 200 characters");
// Ids left out of the answer (a server action's arguments come from the client, so they are checked too).
const excludeSchema = z.array(z.string().max(64)).max(1000);

export type ClaimChoice = { id: string; statement: string; claimant: string | null };
export type SourceChoice = { id: string; title: string; publisher: string };

/**
 * Ids of the `kind` rows whose folded text holds every word of `q` (each at a word
 * start, as search matches them), through the trigram index on SearchText.
 */
async function matchingIds(workspaceId: string, kind: "CLAIM" | "SOURCE", q: string): Promise<string[]> {
  const words = foldTerm(q).split(" ").filter(Boolean);
  if (!words.length) return [];
  const each = Prisma.join(words.map((w) => Prisma.sql`st."folded" LIKE ${`%${termPattern(w)}%`}`), " AND ");
  const rows = await db.$queryRaw<{ entityId: string }[]>`
    SELECT st."entityId" FROM "SearchText" st
    WHERE st."kind" = ${Prisma.raw(`'${kind}'::"SearchKind"`)} AND st."workspaceId" = ${workspaceId} AND ${each}
    LIMIT 200`;
  return rows.map((r) => r.entityId);
}

function checked<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw AppError.invalid(parsed.error);
  return parsed.data;
}

function parseQuery(q: unknown): string {
  const parsed = querySchema.safeParse(q);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues[0]?.message ?? "Type a word to look for";
  throw new AppError("INVALID", message, { q: [message] });
}

/** Claims whose statement has every word of `q`, newest first; none of `exclude`. */
export async function findClaimChoices(caller: Caller | null, workspace: string, q: unknown, exclude: unknown = []): Promise<ClaimChoice[]> {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const ids = await matchingIds(workspaceId, "CLAIM", parseQuery(q));
  const without = checked(excludeSchema, exclude);
  const claims = await db.claim.findMany({
    where: { workspaceId, id: { in: ids, notIn: without } },
    orderBy: [{ madeAt: "desc" }, { id: "asc" }],
    take: CHOICES,
    select: { id: true, statement: true, claimant: { select: { name: true } } },
  });
  return claims.map((c) => ({ id: c.id, statement: c.statement, claimant: c.claimant?.name ?? null }));
}

/** Sources whose title, publisher or text has every word of `q`, by title; not `exclude` itself. */
export async function findSourceChoices(caller: Caller | null, workspace: string, q: unknown, exclude: unknown): Promise<SourceChoice[]> {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const ids = await matchingIds(workspaceId, "SOURCE", parseQuery(q));
  return db.source.findMany({
    where: { workspaceId, id: { in: ids, not: checked(z.string().max(64), exclude) } },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: CHOICES,
    select: { id: true, title: true, publisher: true },
  });
}
