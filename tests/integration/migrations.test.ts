// prisma/migrations and prisma/schema.prisma must describe the same database:
// one database is built by the migrations, another from the SQL Prisma derives
// from the schema, and their catalogs are compared.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  createScratchDatabase,
  dropScratchDatabase,
  loadMigrator,
  migrationOnly,
  projectRoot,
  readCatalog,
  schemaSql,
  withClient,
  withoutMigrationOnly,
} from "../support/catalog";

// Two runs of the Prisma 6 CLI take ~15 s on an idle machine; leave room for a busy one.
const TIMEOUT = 120_000;
const migrationsDir = join(projectRoot, "prisma/migrations");
const quiet = { log: () => {} };

describe("prisma/migrations and prisma/schema.prisma", () => {
  const scratch: string[] = [];
  const temporary: string[] = [];
  afterAll(async () => {
    for (const name of scratch) await dropScratchDatabase(name);
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  }, TIMEOUT);

  async function scratchDatabase(label: string) {
    const database = await createScratchDatabase(label);
    scratch.push(database.name);
    return database;
  }

  it("describe the same tables, columns, enums, indexes and keys", async () => {
    const { migrate } = await loadMigrator();
    const [migrated, declared, edited] = await Promise.all([scratchDatabase("from_migrations"), scratchDatabase("from_schema"), scratchDatabase("from_edited")]);

    // The same schema with one column more and no migration for it: the comparison must notice.
    const dir = mkdtempSync(join(tmpdir(), "cc-edited-schema-"));
    temporary.push(dir);
    const editedSchema = join(dir, "schema.prisma");
    const schema = readFileSync(join(projectRoot, "prisma/schema.prisma"), "utf8");
    expect(schema).toContain("model Tag {\n");
    writeFileSync(editedSchema, schema.replace("model Tag {\n", "model Tag {\n  addedWithoutMigration String?\n"));

    const [, sql, editedSql] = await Promise.all([migrate(migrated.url, quiet), schemaSql(), schemaSql(editedSchema)]);
    await withClient(declared.url, (client) => client.query(sql));
    await withClient(edited.url, (client) => client.query(editedSql));
    const [fromMigrations, fromSchema, fromEdited] = await Promise.all([readCatalog(migrated.url), readCatalog(declared.url), readCatalog(edited.url)]);

    // Not vacuous: both hold the whole model.
    expect(fromSchema.relations.filter((r) => r.kind === "r").length).toBeGreaterThanOrEqual(30);
    expect(fromSchema.constraints.filter((c) => c.type === "f").length).toBeGreaterThanOrEqual(40);

    expect(withoutMigrationOnly(fromMigrations)).toEqual(withoutMigrationOnly(fromSchema));

    // What is ignored is exactly the migration-only objects: the migrations have them, the schema none.
    expect(fromMigrations.constraints.filter((c) => c.type === "c").map((c) => c.name)).toEqual([
      "ClaimLink_shape_check",
      "EvidenceLink_shape_check",
      "Excerpt_shape_check",
      "Rating_shape_check",
      "ReviewItem_shape_check",
    ]);
    expect(fromSchema.constraints.filter((c) => c.type === "c")).toEqual([]);
    expect(fromMigrations.triggers.map((t) => t.name)).toEqual(migrationOnly.triggers);
    expect(fromMigrations.functions.map((f) => f.name)).toEqual(migrationOnly.functions);
    expect(fromMigrations.indexes.map((i) => String(i.name)).filter((name) => migrationOnly.indexes.includes(name))).toEqual(migrationOnly.indexes);
    expect(fromSchema.indexes.map((i) => String(i.name)).filter((name) => migrationOnly.indexes.includes(name))).toEqual([]);
    expect([fromSchema.triggers, fromSchema.functions]).toEqual([[], []]);

    // A schema edit without a migration fails the comparison.
    const added = { table: "Tag", column: "addedWithoutMigration", type: "text", notNull: false };
    expect(withoutMigrationOnly(fromEdited)).not.toEqual(withoutMigrationOnly(fromMigrations));
    expect(fromEdited.columns).toContainEqual(expect.objectContaining(added));
    expect(fromMigrations.columns).not.toContainEqual(expect.objectContaining(added));
  }, TIMEOUT);

  it("apply each migration in one transaction, recorded with the SHA-256 of its migration.sql", async () => {
    const { migrate } = await loadMigrator();
    const files = readdirSync(migrationsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
      .map((name) => {
        const bytes = readFileSync(join(migrationsDir, name, "migration.sql"));
        return { name, sql: bytes.toString("utf8"), sha256: createHash("sha256").update(bytes).digest("hex") };
      });
    expect(files.length).toBeGreaterThanOrEqual(2);

    // Each migration.sql is transactional through and through: run inside a transaction
    // and rolled back, it leaves nothing (no COMMIT inside, no CREATE INDEX CONCURRENTLY).
    const probe = await scratchDatabase("tx_probe");
    await withClient(probe.url, async (client) => {
      for (const file of files) {
        const before = await readCatalog(probe.url);
        await client.query("BEGIN");
        await client.query(file.sql);
        expect((await client.query("SELECT pg_current_xact_id_if_assigned() IS NOT NULL AS open")).rows[0].open).toBe(true);
        await client.query("ROLLBACK");
        expect(await readCatalog(probe.url)).toEqual(before);
        await client.query(`BEGIN; ${file.sql}; COMMIT`);
      }
    });

    // migrate() records every migration with the checksum Prisma uses: SHA-256 of the file's bytes.
    const target = await scratchDatabase("tx_migrate");
    expect(await migrate(target.url, quiet)).toBe(files.length);
    const rows = await withClient(target.url, async (client) => {
      const recorded = await client.query(`SELECT migration_name AS name, checksum, finished_at, rolled_back_at, applied_steps_count, xmin::text AS xid FROM "_prisma_migrations" ORDER BY migration_name`);
      return recorded.rows as { name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null; applied_steps_count: number; xid: string }[];
    });
    expect(rows.map((r) => [r.name, r.checksum])).toEqual(files.map((f) => [f.name, f.sha256]));
    for (const row of rows) expect(row).toMatchObject({ finished_at: expect.any(Date), rolled_back_at: null, applied_steps_count: 1 });

    // Every object a migration made was written by the transaction that wrote its row
    // (same xmin), and each migration had a transaction of its own.
    const objects = await withClient(target.url, async (client) => {
      const found = await client.query(`
        SELECT 'relation ' || relname AS object, xmin::text AS xid FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relname NOT LIKE '\\_prisma\\_migrations%'
        UNION ALL SELECT 'constraint ' || conname, xmin::text FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conname NOT LIKE '\\_prisma\\_migrations%'
        UNION ALL SELECT 'type ' || typname, xmin::text FROM pg_type WHERE typnamespace = 'public'::regnamespace AND typtype = 'e'
        UNION ALL SELECT 'trigger ' || tgname, xmin::text FROM pg_trigger WHERE NOT tgisinternal
        UNION ALL SELECT 'function ' || proname, xmin::text FROM pg_proc WHERE pronamespace = 'public'::regnamespace`);
      return found.rows as { object: string; xid: string }[];
    });
    const migrationOf = new Map(rows.map((r) => [r.xid, r.name]));
    expect(migrationOf.size).toBe(rows.length);
    const strays = objects.filter((o) => !migrationOf.has(o.xid)).map((o) => o.object);
    expect(strays).toEqual([]);
    const made = new Map(rows.map((r) => [r.name, objects.filter((o) => o.xid === r.xid).map((o) => o.object)]));
    expect(made.get(files[0].name)).toEqual(expect.arrayContaining(["relation User", "type Role", "constraint Membership_userId_fkey"]));
    expect(made.get("20261122000100_integrity")).toEqual(expect.arrayContaining(["trigger audit_event_append_only", "constraint EvidenceLink_shape_check"]));

    // Applying again changes nothing.
    expect(await migrate(target.url, quiet)).toBe(0);
  }, TIMEOUT);
});
