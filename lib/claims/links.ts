import "server-only";
import { mutate } from "../actions/mutate";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { AppError } from "../errors";
import { linkClaimsSchema, unlinkClaimsSchema } from "./link-schemas";

const claimSummary = { select: { id: true, statement: true, kind: true, madeAt: true, madePrecision: true, claimant: { select: { name: true } } } } as const;
const incidentSummary = { select: { id: true, title: true, occurredOn: true, datePrecision: true, province: true } } as const;

/**
 * A typed link from a claim to another claim or to an incident, both in this
 * workspace. Linking the same pair the same way twice changes nothing.
 */
export async function linkClaims(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "claim.link", permission: "edit", schema: linkClaimsSchema }, input, async (ctx) => {
    const { fromClaimId, toClaimId, incidentId, type, note } = ctx.input;
    const where = { workspaceId: ctx.workspaceId };
    const [from, to, incident] = await Promise.all([
      ctx.tx.claim.findFirst({ where: { ...where, id: fromClaimId }, select: { id: true } }),
      toClaimId ? ctx.tx.claim.findFirst({ where: { ...where, id: toClaimId }, select: { id: true } }) : null,
      incidentId ? ctx.tx.incident.findFirst({ where: { ...where, id: incidentId }, select: { id: true } }) : null,
    ]);
    if (!from) throw AppError.notFound("Claim");
    if (toClaimId && !to) throw new AppError("INVALID", "toClaimId: no such claim in this workspace", { toClaimId: ["no such claim in this workspace"] });
    if (incidentId && !incident) throw new AppError("INVALID", "incidentId: no such incident in this workspace", { incidentId: ["no such incident in this workspace"] });

    const existing = await ctx.tx.claimLink.findFirst({ where: { ...where, fromClaimId, type, toClaimId, incidentId } });
    if (existing) {
      ctx.unchanged();
      return existing;
    }
    const link = await ctx.tx.claimLink.create({
      data: { workspaceId: ctx.workspaceId, fromClaimId, type, toClaimId, incidentId, note: note ?? "", createdById: ctx.userId },
    });
    await ctx.audit("ClaimLink", link.id, { after: link });
    return link;
  });
}

export async function unlinkClaims(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "claim.unlink", permission: "edit", schema: unlinkClaimsSchema }, input, async (ctx) => {
    const before = await ctx.tx.claimLink.findFirst({ where: { id: ctx.input.id, workspaceId: ctx.workspaceId } });
    const { claimId } = ctx.input;
    if (!before || (claimId && before.fromClaimId !== claimId && before.toClaimId !== claimId)) throw AppError.notFound("Claim link");
    await ctx.tx.claimLink.deleteMany({ where: { id: before.id, workspaceId: ctx.workspaceId } });
    await ctx.audit("ClaimLink", before.id, { before });
    return { id: before.id };
  });
}

/** A claim's links both ways: what it says about others, and what others say about it. */
export async function listClaimLinks(caller: Caller | null, workspace: string, claimId: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const claim = await db.claim.findFirst({ where: { id: claimId, workspaceId }, select: { id: true } });
  if (!claim) throw AppError.notFound("Claim");
  const [outgoing, incoming] = await Promise.all([
    db.claimLink.findMany({ where: { workspaceId, fromClaimId: claimId }, include: { toClaim: claimSummary, incident: incidentSummary }, orderBy: { createdAt: "asc" } }),
    db.claimLink.findMany({ where: { workspaceId, toClaimId: claimId }, include: { fromClaim: claimSummary }, orderBy: { createdAt: "asc" } }),
  ]);
  return { outgoing, incoming };
}

export type ClaimLinks = Awaited<ReturnType<typeof listClaimLinks>>;

/** What a link form offers as targets: the workspace's claims and incidents, briefly. */
export async function linkTargets(caller: Caller | null, workspace: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const [claims, incidents] = await Promise.all([
    db.claim.findMany({ where: { workspaceId }, select: { id: true, statement: true, claimant: { select: { name: true } } }, orderBy: { statement: "asc" } }),
    db.incident.findMany({ where: { workspaceId }, select: { id: true, title: true, occurredOn: true, datePrecision: true }, orderBy: [{ occurredOn: { sort: "desc", nulls: "last" } }, { title: "asc" }] }),
  ]);
  return { claims, incidents };
}
