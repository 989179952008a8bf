-- Objects Prisma's schema language cannot express. The schema/migration
-- equivalence test ignores exactly these (see tests/integration/migrations.test.ts).

-- The audit log is append-only in the database itself.
CREATE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_append_only
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

-- Evidence comes from exactly one of: an excerpt, an incident, another claim.
ALTER TABLE "EvidenceLink" ADD CONSTRAINT "EvidenceLink_shape_check"
  CHECK (num_nonnulls("excerptId", "incidentId", "fromClaimId") = 1);

-- A claim link points at a claim or at an incident, never both.
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_shape_check"
  CHECK (num_nonnulls("toClaimId", "incidentId") = 1);

-- A rating is of a source or of a claim.
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_shape_check"
  CHECK (num_nonnulls("sourceId", "claimId") = 1);

-- Excerpt offsets are 0-based, end exclusive.
ALTER TABLE "Excerpt" ADD CONSTRAINT "Excerpt_shape_check"
  CHECK ("start" >= 0 AND "end" > "start");
