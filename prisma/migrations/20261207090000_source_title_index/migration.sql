-- The source reader's "derived from" picker lists a workspace's sources by title, the
-- first 500. Without this index that was a sort of every source on every reader page
-- (153 ms at 100,000 sources: bench/explain/source-reader.txt, statement 37); with it,
-- an index scan that stops at 500 rows.

-- CreateIndex
CREATE INDEX "Source_workspaceId_title_idx" ON "Source"("workspaceId", "title");
