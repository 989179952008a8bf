// The database the app runs on: DATABASE_URL when set, else the embedded cluster.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { execFileSync } from "node:child_process";
import pg from "pg";
import { dataDirectory, ensureDatabase, startEmbeddedPostgres, projectRoot } from "./postgres.mjs";
import { migrate } from "./migrate.mjs";

export async function openAppDatabase({ log = console.log } = {}) {
  if (process.env.DATABASE_URL) {
    log("Using the PostgreSQL at DATABASE_URL (no embedded server started).");
    return { url: process.env.DATABASE_URL, stop: async () => {} };
  }
  const dir = dataDirectory("postgres");
  const port = Number(process.env.COUNTERCLAIM_PG_PORT ?? 54329);
  const server = await startEmbeddedPostgres({ dir, port });
  log(`Embedded PostgreSQL ${server.initialised ? "created" : "started"} in ${dir} on port ${port}.`);
  const url = await ensureDatabase(server.baseUrl, "counterclaim");
  return { url, stop: server.stop };
}

/** Migrates, then loads the demo workspace when the database has no workspace yet. */
export async function prepareDatabase(url, { log = console.log } = {}) {
  const applied = await migrate(url, { log });
  if (applied === 0) log("Database schema is up to date.");
  // Checked here so a second start does not pay for loading the seed's TypeScript.
  if (await hasWorkspaces(url)) log("Database already has data; demo workspace not loaded again.");
  else seedDemo(url);
}

async function hasWorkspaces(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT EXISTS (SELECT 1 FROM "Workspace") AS found');
    return rows[0].found;
  } finally {
    await client.end();
  }
}

export function seedDemo(url) {
  execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url },
  });
}

/** A signing secret for sessions, made once and kept beside the data. */
export function sessionSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = join(dirname(dataDirectory("postgres")), "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
