-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "SearchKind" AS ENUM ('SOURCE', 'EXCERPT', 'CLAIM');

-- CreateTable
CREATE TABLE "SearchText" (
    "kind" "SearchKind" NOT NULL,
    "entityId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "folded" TEXT NOT NULL,

    CONSTRAINT "SearchText_pkey" PRIMARY KEY ("kind","entityId")
);

-- CreateIndex
CREATE INDEX "SearchText_workspaceId_kind_idx" ON "SearchText"("workspaceId", "kind");

-- CreateIndex
CREATE INDEX "SearchText_folded_idx" ON "SearchText" USING GIN ("folded" gin_trgm_ops);


-- Migration-only objects (listed in schema.prisma's header; ignored by the
-- schema/migration equivalence test): the search fold and the triggers that keep
-- SearchText in step with Source, Excerpt and Claim.

-- Mirrors foldForSearch in lib/search/fold.ts exactly; read that file's comment for the rules.
CREATE FUNCTION cc_search_fold(input text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  t text;
BEGIN
  t := regexp_replace(normalize(input, NFKD), '[\u0300-\u036f\u064b-\u065f\u0670\u200c-\u200f\u0640]', '', 'g');
  t := translate(t, 'يىكة۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩', 'ییکه01234567890123456789');
  t := lower(t);
  t := regexp_replace(t, '[^0-9a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff\u05d0-\u05ea\u0621-\u063f\u0641-\u064a\u066e-\u06d3\u06d5\u06ee-\u06ff\u0750-\u077f\u08a0-\u08ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]+', ' ', 'g');
  t := ' ' || btrim(t, ' ') || ' ';
  IF t = '  ' THEN t := ' '; END IF;
  t := regexp_replace(t, '([a-z]) ([ie]) ', '\1\2 ', 'g');
  t := regexp_replace(t, '[tdz]h', 'z', 'g');
  t := replace(t, 'q', 'k');
  t := regexp_replace(t, 'ou|oo', 'u', 'g');
  t := replace(t, 'e', 'i');
  t := regexp_replace(t, '([a-z])\1+', '\1', 'g');
  RETURN t;
END;
$$;

CREATE FUNCTION cc_search_source() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "SearchText" WHERE "kind" = 'SOURCE' AND "entityId" = OLD."id";
    RETURN OLD;
  END IF;
  INSERT INTO "SearchText" ("kind", "entityId", "workspaceId", "folded")
    VALUES ('SOURCE', NEW."id", NEW."workspaceId", cc_search_fold(concat_ws(' ', NEW."title", NEW."publisher", NEW."text")))
    ON CONFLICT ("kind", "entityId") DO UPDATE SET "folded" = EXCLUDED."folded", "workspaceId" = EXCLUDED."workspaceId";
  RETURN NEW;
END;
$$;

CREATE FUNCTION cc_search_excerpt() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "SearchText" WHERE "kind" = 'EXCERPT' AND "entityId" = OLD."id";
    RETURN OLD;
  END IF;
  INSERT INTO "SearchText" ("kind", "entityId", "workspaceId", "folded")
    VALUES ('EXCERPT', NEW."id", NEW."workspaceId", cc_search_fold(concat_ws(' ', NEW."exact", NEW."note")))
    ON CONFLICT ("kind", "entityId") DO UPDATE SET "folded" = EXCLUDED."folded", "workspaceId" = EXCLUDED."workspaceId";
  RETURN NEW;
END;
$$;

CREATE FUNCTION cc_search_claim() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "SearchText" WHERE "kind" = 'CLAIM' AND "entityId" = OLD."id";
    RETURN OLD;
  END IF;
  INSERT INTO "SearchText" ("kind", "entityId", "workspaceId", "folded")
    VALUES ('CLAIM', NEW."id", NEW."workspaceId", cc_search_fold(NEW."statement"))
    ON CONFLICT ("kind", "entityId") DO UPDATE SET "folded" = EXCLUDED."folded", "workspaceId" = EXCLUDED."workspaceId";
  RETURN NEW;
END;
$$;

CREATE TRIGGER cc_search_source AFTER INSERT OR DELETE OR UPDATE OF "title", "publisher", "text" ON "Source"
  FOR EACH ROW EXECUTE FUNCTION cc_search_source();
CREATE TRIGGER cc_search_excerpt AFTER INSERT OR DELETE OR UPDATE OF "exact", "note" ON "Excerpt"
  FOR EACH ROW EXECUTE FUNCTION cc_search_excerpt();
CREATE TRIGGER cc_search_claim AFTER INSERT OR DELETE OR UPDATE OF "statement" ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION cc_search_claim();

-- Rows written before this migration.
INSERT INTO "SearchText" ("kind", "entityId", "workspaceId", "folded")
  SELECT 'SOURCE', "id", "workspaceId", cc_search_fold(concat_ws(' ', "title", "publisher", "text")) FROM "Source";
INSERT INTO "SearchText" ("kind", "entityId", "workspaceId", "folded")
  SELECT 'EXCERPT', "id", "workspaceId", cc_search_fold(concat_ws(' ', "exact", "note")) FROM "Excerpt";
INSERT INTO "SearchText" ("kind", "entityId", "workspaceId", "folded")
  SELECT 'CLAIM', "id", "workspaceId", cc_search_fold("statement") FROM "Claim";
