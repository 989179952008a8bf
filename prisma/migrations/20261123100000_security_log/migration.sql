-- CreateTable
CREATE TABLE "SecurityEvent" (
    "id" BIGSERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "userId" TEXT,
    "email" TEXT,
    "ip" TEXT,
    "workspace" TEXT,
    "detail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SecurityEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SecurityEvent_email_kind_createdAt_idx" ON "SecurityEvent"("email", "kind", "createdAt");

-- CreateIndex
CREATE INDEX "SecurityEvent_ip_kind_createdAt_idx" ON "SecurityEvent"("ip", "kind", "createdAt");

-- CreateIndex
CREATE INDEX "SecurityEvent_createdAt_idx" ON "SecurityEvent"("createdAt");


-- The security log is append-only in the database itself (listed in schema.prisma's header).
CREATE FUNCTION security_event_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'SecurityEvent is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER security_event_append_only
  BEFORE UPDATE OR DELETE ON "SecurityEvent"
  FOR EACH ROW EXECUTE FUNCTION security_event_append_only();

CREATE TRIGGER security_event_no_truncate
  BEFORE TRUNCATE ON "SecurityEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION security_event_append_only();
