import "server-only";
import type { Db, Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";

type Client = Db | Tx;

const citableSource = {
  select: {
    id: true, title: true, publisher: true, authors: true, publishedAt: true, publishedPrecision: true, url: true,
    archiveUrl: true, accessedAt: true, language: true, kind: true, textSha256: true, textVersion: true,
  },
} satisfies Prisma.SourceDefaultArgs;

const passage = { include: { source: citableSource } } satisfies Prisma.ExcerptDefaultArgs;

const incidentWithTolls = {
  include: {
    tolls: { orderBy: { createdAt: "asc" }, include: { reportedBy: { select: { name: true } }, source: { select: { id: true, title: true, publisher: true } }, excerpt: passage } },
  },
} satisfies Prisma.IncidentDefaultArgs;

const claimInclude = {
  claimant: { select: { name: true } },
  onBehalfOf: { select: { name: true } },
  appearances: { orderBy: { createdAt: "asc" }, include: { excerpt: passage } },
  evidence: {
    orderBy: { createdAt: "asc" },
    include: { excerpt: passage, incident: incidentWithTolls, fromClaim: { select: { id: true, statement: true } } },
  },
  linksFrom: { where: { type: "CONCERNS_INCIDENT" }, include: { incident: incidentWithTolls } },
  // Session ratings stay with their review session (blind until revealed).
  ratings: { where: { current: true, reviewItemId: null }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.ClaimInclude;

const judgmentInclude = { dissents: { orderBy: { createdAt: "asc" } } } satisfies Prisma.JudgmentInclude;

export type MaterialClaim = Prisma.ClaimGetPayload<{ include: typeof claimInclude }>;
export type MaterialExcerpt = Prisma.ExcerptGetPayload<typeof passage>;
export type MaterialIncident = Prisma.IncidentGetPayload<typeof incidentWithTolls>;
export type MaterialJudgment = Prisma.JudgmentGetPayload<{ include: typeof judgmentInclude }>;

/** The disputes and judgments a memo draws on, with everything it shows of them. */
export async function loadMemoMaterial(client: Client, workspaceId: string, choice: { disputeIds: string[]; judgmentIds: string[] }) {
  const [disputes, judgments] = await Promise.all([
    client.dispute.findMany({
      where: { workspaceId, id: { in: choice.disputeIds } },
      include: { claims: { orderBy: [{ side: "asc" }, { position: "asc" }], include: { claim: { include: claimInclude } } } },
    }),
    client.judgment.findMany({ where: { workspaceId, id: { in: choice.judgmentIds } }, include: judgmentInclude, orderBy: { createdAt: "asc" } }),
  ]);
  // Keep the author's order of disputes.
  const order = new Map(choice.disputeIds.map((disputeId, index) => [disputeId, index]));
  disputes.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { disputes, judgments };
}

export type MemoMaterial = Awaited<ReturnType<typeof loadMemoMaterial>>;

/**
 * Every passage the memo quotes, in the order a reader meets them: per dispute,
 * per claim, its appearances, then its evidence, then the tolls of its incidents.
 */
export function citedExcerpts(material: MemoMaterial): MaterialExcerpt[] {
  const seen = new Map<string, MaterialExcerpt>();
  const add = (e: MaterialExcerpt | null | undefined) => {
    if (e && !seen.has(e.id)) seen.set(e.id, e);
  };
  for (const dispute of material.disputes) {
    for (const { claim } of dispute.claims) {
      claim.appearances.forEach((a) => add(a.excerpt));
      claim.evidence.forEach((e) => add(e.excerpt));
    }
    for (const incident of incidentsOf(dispute.claims.map((c) => c.claim))) incident.tolls.forEach((t) => add(t.excerpt));
  }
  return [...seen.values()];
}

/** The incidents a set of claims concern or cite as evidence, once each. */
export function incidentsOf(claims: MaterialClaim[]): MaterialIncident[] {
  const seen = new Map<string, MaterialIncident>();
  for (const claim of claims) {
    for (const e of claim.evidence) if (e.incident) seen.set(e.incident.id, e.incident);
    for (const l of claim.linksFrom) if (l.incident) seen.set(l.incident.id, l.incident);
  }
  return [...seen.values()];
}
