// Reads what a PostgreSQL database's schema holds, in a form two databases can be
// compared by: the migration-equivalence test builds one database from
// prisma/migrations and one from schema.prisma and compares these.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import pg from "pg";

export const projectRoot = new URL("../../", import.meta.url).pathname;

/** Objects only the migrations create, because schema.prisma cannot express them (see its header comment). */
export const migrationOnly = {
  isCheck: (name: string) => name.endsWith("_shape_check"),
  // In catalog order: by table (AuditEvent, Claim, Excerpt, SecurityEvent, Source), then name.
  triggers: ["audit_event_append_only", "audit_event_no_truncate", "cc_search_claim", "cc_search_excerpt", "security_event_append_only", "security_event_no_truncate", "cc_search_source"],
  functions: ["audit_event_append_only", "cc_bucketed_shingles", "cc_search_claim", "cc_search_excerpt", "cc_search_fold", "cc_search_shingles", "cc_search_source", "security_event_append_only"],
  tables: ["_prisma_migrations"],
  // Partial and expression indexes (Prisma can declare neither a WHERE nor an expression).
  indexes: [
    "Rating_one_current_key", "SearchText_bucketed_shingles_excerpt_idx", "SearchText_bucketed_shingles_source_idx",
    "SearchText_folded_claim_idx", "SearchText_folded_excerpt_idx", "SearchText_folded_source_idx", "SearchText_shingles_excerpt_idx", "SearchText_shingles_source_idx",
  ],
};

type MigrateModule = {
  migrate(url: string, options?: { log?: (message: string) => void }): Promise<number>;
  listMigrations(): { name: string; sql: string; checksum: string }[];
};

/** scripts/lib/migrate.mjs, the migrator `npm start` and `npm test` use (plain JS, so typed here). */
export async function loadMigrator(): Promise<MigrateModule> {
  const href = new URL("../../scripts/lib/migrate.mjs", import.meta.url).href;
  return (await import(/* @vite-ignore */ href)) as MigrateModule;
}

/** The server's base URL (no database name): TEST_PG_BASE_URL, else DATABASE_URL without its database. */
export function serverBaseUrl() {
  if (process.env.TEST_PG_BASE_URL) return process.env.TEST_PG_BASE_URL.replace(/\/+$/, "");
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = "";
  url.search = "";
  return url.toString().replace(/\/+$/, "");
}

export function databaseUrl(name: string) {
  const url = new URL(serverBaseUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database with a unique name; returns its name and URL. */
export async function createScratchDatabase(label: string) {
  const name = `cc_${label}_${randomBytes(4).toString("hex")}`;
  await withClient(process.env.DATABASE_URL!, (c) => c.query(`CREATE DATABASE "${name}"`));
  return { name, url: databaseUrl(name) };
}

export async function dropScratchDatabase(name: string) {
  await withClient(process.env.DATABASE_URL!, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** The SQL that takes an empty database to `schemaFile`, as scripts/migration-sql.mjs prints it. */
export async function schemaSql(schemaFile?: string) {
  const args = ["scripts/migration-sql.mjs", ...(schemaFile ? ["--to", schemaFile] : [])];
  const { stdout } = await promisify(execFile)(process.execPath, args, {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

const queries = {
  relations: `SELECT c.relname AS name, c.relkind::text AS kind FROM pg_class c
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') ORDER BY 1`,
  // Sorted by name, not position: a column added by a later migration lands last,
  // where the schema may declare it in the middle, and that is no difference.
  columns: `SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS type,
      a.attnotnull AS "notNull", pg_get_expr(d.adbin, d.adrelid) AS "default", a.attidentity::text AS identity, a.attgenerated::text AS generated
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
    ORDER BY 1, 2`,
  // Labels as a set: Prisma appends a new value with ALTER TYPE ... ADD VALUE and does not count order as drift.
  enums: `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumlabel) AS labels
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
    WHERE t.typnamespace = 'public'::regnamespace GROUP BY t.typname ORDER BY 1`,
  indexes: `SELECT tablename AS "table", indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`,
  constraints: `SELECT c.relname AS "table", k.conname AS name, k.contype::text AS type, pg_get_constraintdef(k.oid) AS definition
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
    WHERE k.connamespace = 'public'::regnamespace ORDER BY 1, 2`,
  triggers: `SELECT c.relname AS "table", t.tgname AS name, pg_get_triggerdef(t.oid) AS definition
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
    WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal ORDER BY 1, 2`,
  functions: `SELECT p.proname AS name, pg_get_function_identity_arguments(p.oid) AS arguments
    FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
      -- Functions of an extension (pg_trgm's) belong to the extension, which both sides create.
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
    ORDER BY 1, 2`,
} as const;

type Row = Record<string, unknown> & { name?: string; table?: string };
export type Catalog = Record<keyof typeof queries, Row[]>;

/** Everything in the public schema, as plain rows (nothing left out). */
export async function readCatalog(url: string): Promise<Catalog> {
  return withClient(url, async (client) => {
    const catalog = {} as Catalog;
    for (const [key, sql] of Object.entries(queries)) catalog[key as keyof Catalog] = (await client.query<Row>(sql)).rows;
    return catalog;
  });
}

/** The catalog without exactly the migration-only objects and Prisma's bookkeeping table. */
export function withoutMigrationOnly(catalog: Catalog): Catalog {
  // A row belongs to Prisma's bookkeeping table when its table (for a relation, its own name) is that table.
  const bookkeeping = (row: Row) => migrationOnly.tables.includes(String(row.table ?? row.name));
  return {
    relations: catalog.relations.filter((r) => !bookkeeping(r)),
    columns: catalog.columns.filter((r) => !bookkeeping(r)),
    enums: catalog.enums,
    indexes: catalog.indexes.filter((r) => !bookkeeping(r) && !migrationOnly.indexes.includes(String(r.name))),
    constraints: catalog.constraints.filter((r) => !bookkeeping(r) && !(r.type === "c" && migrationOnly.isCheck(String(r.name)))),
    triggers: catalog.triggers.filter((r) => !migrationOnly.triggers.includes(String(r.name))),
    functions: catalog.functions.filter((r) => !migrationOnly.functions.includes(String(r.name))),
  };
}
