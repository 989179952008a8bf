-- The citation lookup's index: each passage's and source's folded text as the hashes
-- of its 3-word runs ("shingles"), in a GIN index. A quote of n words has n-2
-- shingles; the passages holding all of them are found by intersecting their posting
-- lists (GIN starts from the rarest), then checked with LIKE on the folded text. The
-- cost follows the quote's rarest word run, not the corpus, and never reads whole
-- source texts the way the trigram index's recheck did (bench/explain/lookup-*.txt).

-- AlterTable
ALTER TABLE "SearchText" ADD COLUMN     "shingles" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- Migration-only objects (listed in schema.prisma's header; ignored by the
-- schema/migration equivalence test).

-- Mirrors shinglesOf in lib/search/shingles.ts exactly: the words of the folded text
-- (cc_search_fold: single spaces, padded), every run of three joined by one space,
-- each hashed to the first 4 bytes of its MD5 as a signed big-endian integer; distinct
-- and ascending. MD5 because both sides have it built in, not for security.
CREATE FUNCTION cc_search_shingles(folded text) RETURNS int4[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  a text;
  b text;
  c text;
  hashes int4[] := '{}';
BEGIN
  FOREACH c IN ARRAY string_to_array(btrim(folded, ' '), ' ') LOOP
    IF a IS NOT NULL THEN
      hashes := hashes || ('x' || left(md5(a || ' ' || b || ' ' || c), 8))::bit(32)::int4;
    END IF;
    a := b;
    b := c;
  END LOOP;
  RETURN ARRAY(SELECT DISTINCT h FROM unnest(hashes) AS h ORDER BY h);
END;
$$;

CREATE OR REPLACE FUNCTION cc_search_source() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  f text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "SearchText" WHERE "kind" = 'SOURCE' AND "entityId" = OLD."id";
    RETURN OLD;
  END IF;
  f := cc_search_fold(concat_ws(' ', NEW."title", NEW."publisher", NEW."text"));
  INSERT INTO "SearchText" ("kind", "entityId", "workspaceId", "folded", "shingles")
    VALUES ('SOURCE', NEW."id", NEW."workspaceId", f, cc_search_shingles(f))
    ON CONFLICT ("kind", "entityId") DO UPDATE SET "folded" = EXCLUDED."folded", "shingles" = EXCLUDED."shingles", "workspaceId" = EXCLUDED."workspaceId";
  RETURN NEW;
END;
$$;

CREATE OR REPLACE FUNCTION cc_search_excerpt() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  f text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "SearchText" WHERE "kind" = 'EXCERPT' AND "entityId" = OLD."id";
    RETURN OLD;
  END IF;
  f := cc_search_fold(concat_ws(' ', NEW."exact", NEW."note"));
  INSERT INTO "SearchText" ("kind", "entityId", "workspaceId", "folded", "shingles")
    VALUES ('EXCERPT', NEW."id", NEW."workspaceId", f, cc_search_shingles(f))
    ON CONFLICT ("kind", "entityId") DO UPDATE SET "folded" = EXCLUDED."folded", "shingles" = EXCLUDED."shingles", "workspaceId" = EXCLUDED."workspaceId";
  RETURN NEW;
END;
$$;

-- Rows written before this migration (claims are searched by trigrams only).
UPDATE "SearchText" SET "shingles" = cc_search_shingles("folded") WHERE "kind" IN ('SOURCE', 'EXCERPT');

-- One GIN index per kind that has shingles (migration-only, partial): a common
-- shingle's posting list then holds only passages, or only sources, and each
-- lookup statement reads only its own (bench/explain/lookup-index-choices.txt).
CREATE INDEX "SearchText_shingles_excerpt_idx" ON "SearchText" USING GIN ("shingles") WHERE "kind" = 'EXCERPT';
CREATE INDEX "SearchText_shingles_source_idx" ON "SearchText" USING GIN ("shingles") WHERE "kind" = 'SOURCE';

-- The trigram index, one per kind (migration-only: Prisma cannot express a partial
-- index). One index over all kinds made a search of claims or passages recheck the
-- sources its trigrams pointed at too — word similarity against whole texts, the
-- bulk of the 30 s and more that "ISKP" took at 1,000,000 passages — before the
-- kind was even looked at (bench/explain/search-alias.txt).
DROP INDEX "SearchText_folded_idx";
CREATE INDEX "SearchText_folded_source_idx" ON "SearchText" USING GIN ("folded" gin_trgm_ops) WHERE "kind" = 'SOURCE';
CREATE INDEX "SearchText_folded_excerpt_idx" ON "SearchText" USING GIN ("folded" gin_trgm_ops) WHERE "kind" = 'EXCERPT';
CREATE INDEX "SearchText_folded_claim_idx" ON "SearchText" USING GIN ("folded" gin_trgm_ops) WHERE "kind" = 'CLAIM';
