import type { Prisma } from "../db/generated/client";

const passage = {
  include: { source: { select: { id: true, title: true, publisher: true, url: true, publishedAt: true, publishedPrecision: true } } },
} satisfies Prisma.ExcerptDefaultArgs;

/** What a page needs to show a claim with its passages, evidence and ratings. */
export const claimDetailInclude = {
  claimant: { select: { id: true, name: true, kind: true } },
  onBehalfOf: { select: { id: true, name: true, kind: true } },
  appearances: { include: { excerpt: passage }, orderBy: { createdAt: "asc" } },
  evidence: {
    orderBy: { createdAt: "asc" },
    include: {
      excerpt: passage,
      incident: { select: { id: true, title: true, occurredOn: true, datePrecision: true, province: true, attribution: true, killedBest: true } },
      fromClaim: { select: { id: true, statement: true, claimant: { select: { name: true } } } },
    },
  },
  // Session ratings belong to review items, and stay out of every general read.
  ratings: { where: { current: true, reviewItemId: null }, orderBy: { createdAt: "asc" } },
  tags: { include: { tag: true } },
} satisfies Prisma.ClaimInclude;

export type ClaimDetail = Prisma.ClaimGetPayload<{ include: typeof claimDetailInclude }>;
