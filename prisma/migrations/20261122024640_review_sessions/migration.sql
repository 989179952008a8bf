-- CreateTable
CREATE TABLE "SessionEvent" (
    "id" BIGSERIAL NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SessionEvent_sessionId_id_idx" ON "SessionEvent"("sessionId", "id");

-- AddForeignKey
ALTER TABLE "SessionEvent" ADD CONSTRAINT "SessionEvent_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ReviewSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Migration-only (listed in schema.prisma's header): a session rating belongs to a
-- review item only, never to the claim itself, so no general claim or source read
-- can pick it up; other ratings are still of exactly one source or claim.
ALTER TABLE "Rating" DROP CONSTRAINT "Rating_shape_check";
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_shape_check"
  CHECK (num_nonnulls("sourceId", "claimId", "reviewItemId") = 1);

-- A review item is about a dispute or about a claim.
ALTER TABLE "ReviewItem" ADD CONSTRAINT "ReviewItem_shape_check"
  CHECK (num_nonnulls("disputeId", "claimId") = 1);
