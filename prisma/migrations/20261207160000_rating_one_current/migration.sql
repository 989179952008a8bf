-- A rater has at most one current rating of a thing on a scale. The writers check
-- this before they insert, but two first ratings sent at the same moment both pass
-- that check; the index lets the second fail (the app reports it as a conflict).
-- Exactly one of claimId, sourceId and reviewItemId is set (Rating_shape_check).

-- Should a race have left two current ratings already, the newest stays current and
-- the older ones become history, as if the newest had superseded them.
UPDATE "Rating" AS older
SET "current" = false
WHERE older."current"
  AND EXISTS (
    SELECT 1 FROM "Rating" AS newer
    WHERE newer."current"
      AND newer."raterId" = older."raterId"
      AND newer."scale" = older."scale"
      AND COALESCE(newer."claimId", newer."sourceId", newer."reviewItemId") = COALESCE(older."claimId", older."sourceId", older."reviewItemId")
      AND (newer."createdAt", newer."id") > (older."createdAt", older."id")
  );

CREATE UNIQUE INDEX "Rating_one_current_key"
  ON "Rating" ("raterId", "scale", (COALESCE("claimId", "sourceId", "reviewItemId")))
  WHERE "current";
