// Prints the SQL that takes one schema.prisma to another, offline, through the
// Prisma 6 CLI's JS schema engine (Prisma 7's CLI needs a native engine download).
// Usage: node scripts/migration-sql.mjs [--from OLD_SCHEMA] [--to NEW_SCHEMA]
// Needs DATABASE_URL pointing at any running PostgreSQL (the diff does not read it).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, symlinkSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? resolve(args[i + 1]) : undefined;
};
const from = option("--from");
const to = option("--to") ?? join(root, "prisma/schema.prisma");
if (!process.env.DATABASE_URL) {
  console.error("migration-sql: set DATABASE_URL to a running PostgreSQL");
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), "cc-migsql-"));
try {
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  // Prisma 6 insists on a datasource url; Prisma 7 schemas have none.
  const withUrl = (file) =>
    readFileSync(file, "utf8").replace(/datasource db \{/, 'datasource db {\n  url = env("DATABASE_URL")');
  writeFileSync(join(dir, "to.prisma"), withUrl(to));
  if (from) writeFileSync(join(dir, "from.prisma"), withUrl(from));
  writeFileSync(
    join(dir, "prisma.config.ts"),
    `import { PrismaPg } from "@prisma/adapter-pg";
export default {
  experimental: { adapter: true },
  engine: "js",
  schema: "to.prisma",
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL }),
};
`,
  );
  const fromArgs = from ? ["--from-schema-datamodel", "from.prisma"] : ["--from-empty"];
  const sql = execFileSync(
    process.execPath,
    [join(root, "node_modules/prisma6/build/index.js"), "migrate", "diff", ...fromArgs, "--to-schema-datamodel", "to.prisma", "--script"],
    { cwd: dir, env: { ...process.env, PRISMA_QUERY_ENGINE_LIBRARY: "/bin/false", PRISMA_HIDE_UPDATE_MESSAGE: "1" }, stdio: ["ignore", "pipe", "pipe"] },
  ).toString();
  process.stdout.write(sql);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
