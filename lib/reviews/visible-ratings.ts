import "server-only";
import { db } from "../db/client";

/**
 * THE rule of blind review, in one place: a session rating is visible to its rater
 * always, and to anyone else only once its item has been revealed. Every page, API
 * route and export reads session ratings through this function and nothing else.
 * The condition is part of the query, so hidden rows never leave the database.
 */
export async function visibleRatings(workspaceId: string, viewerId: string, itemIds: string[]) {
  if (itemIds.length === 0) return [];
  return db.rating.findMany({
    where: {
      workspaceId,
      reviewItemId: { in: itemIds },
      OR: [{ raterId: viewerId }, { reviewItem: { revealedAt: { not: null }, workspaceId } }],
    },
    orderBy: { createdAt: "asc" },
  });
}

export type VisibleRating = Awaited<ReturnType<typeof visibleRatings>>[number];
