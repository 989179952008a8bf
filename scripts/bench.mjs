// `npm run bench`: the benchmark suite, end to end, from one command.
//  1. Starts the bench's own embedded PostgreSQL (persistent, .data/bench-postgres;
//     or BENCH_DATABASE_URL's server).
//  2. Small benchmarks: each bench/*.ts in a fresh, migrated database.
//  3. Scale: generates the team-size workspace (bench/generate.ts) unless the scale
//     database already holds it, builds the app if needed, starts `next start` on
//     it and runs bench/scale/*.scale.ts (lookup, pages under load, hot paths,
//     memo export), then measures first-load JS from the build.
//  4. Writes bench/RESULTS.md (tables with targets, baselines, ratios).
// `npm run bench -- small|scale|<file name part>` runs a part.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { benchSettings, startBenchPostgres } from "../bench/scale/cluster.mjs";
import { firstLoadJs } from "../bench/scale/first-load.mjs";
import { renderResults, rowsOf } from "../bench/scale/report.mjs";
import { ensureBuild, startServer } from "../bench/scale/server.mjs";
import { ensurePrismaClient } from "./lib/build.mjs";
import { findChromium } from "./lib/chromium.mjs";
import { migrate } from "./lib/migrate.mjs";
import { ensureDatabase, projectRoot } from "./lib/postgres.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const only = process.argv[2];
const startedAt = new Date();
const loadBefore = loadavg();
const benchDir = join(projectRoot, "bench");
const small = readdirSync(benchDir).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && f !== "generate.ts").sort();
const scale = readdirSync(join(benchDir, "scale")).filter((f) => f.endsWith(".scale.ts")).sort();
const wanted = (f, part) => !only || only === part || (only !== "small" && only !== "scale" && f.includes(only));

function run(file, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", file], {
      cwd: projectRoot,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on("exit", (code) => resolve({ code: code ?? 1, out }));
  });
}

async function openServer() {
  if (process.env.BENCH_DATABASE_URL) return { baseUrl: process.env.BENCH_DATABASE_URL.replace(/\/[^/]*$/, ""), stop: async () => {} };
  return startBenchPostgres({ port: process.env.BENCH_PG_PORT ? Number(process.env.BENCH_PG_PORT) : undefined });
}

async function serverFacts(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const version = (await client.query("SHOW server_version")).rows[0].server_version;
    const settings = {};
    for (const name of Object.keys(benchSettings)) settings[name] = (await client.query(`SHOW ${name}`)).rows[0][name];
    // Whether the huge pages were there to take (PostgreSQL 17 and later say).
    settings.huge_pages_status = (await client.query("SELECT current_setting('huge_pages_status', true) AS s")).rows[0].s ?? "unknown";
    return { postgresVersion: `PostgreSQL ${version}`, settings };
  } finally {
    await client.end();
  }
}

/**
 * The scale database. bench/generate.ts writes the data set's description to
 * `infoFile`, generating the data first unless the database already holds it
 * (exit 3: the database holds something else, so it is recreated and run again).
 */
async function scaleDatabase(baseUrl) {
  const infoFile = join(benchDir, ".cache/dataset.json");
  mkdirSync(join(benchDir, ".cache"), { recursive: true });
  let url = await ensureDatabase(baseUrl, "cc_bench_scale");
  await migrate(url, { log: () => {} });
  console.log("\n▶ generate.ts (the scale data set: minutes the first time, then reused)");
  let result = await run("bench/generate.ts", { DATABASE_URL: url, BENCH_INFO_FILE: infoFile });
  if (result.code === 3) {
    url = await ensureDatabase(baseUrl, "cc_bench_scale", { recreate: true });
    await migrate(url, { log: () => {} });
    result = await run("bench/generate.ts", { DATABASE_URL: url, BENCH_INFO_FILE: infoFile });
  }
  if (result.code !== 0) throw new Error("The scale data set could not be generated");
  record("generate.ts", rowsOf("generate.ts", result.out));
  return { url, infoFile };
}

function firstLoadRows(distDir) {
  return firstLoadJs(distDir).map((r) => ({
    section: "First-load JavaScript (gzip, from the build manifests)",
    metric: r.route, value: r.kB, unit: "kB", target: "≤ 130 kB", pass: r.kB <= 130, note: `${r.files} files`,
  }));
}

// Each part's rows are kept in bench/.cache/rows, so a partial run (`-- lookup`)
// rewrites RESULTS.md with its new figures and the other parts' latest ones.
const rowsDir = join(benchDir, ".cache/rows");
mkdirSync(rowsDir, { recursive: true });
const results = new Map();
function record(part, partRows) {
  results.set(part, partRows);
  writeFileSync(join(rowsDir, `${part}.json`), JSON.stringify({ date: startedAt.toISOString(), rows: partRows }));
}
function allRows() {
  const order = ["generate.ts", "first-load", ...scale, ...small];
  return order.flatMap((part) => {
    if (results.has(part)) return results.get(part);
    const file = join(rowsDir, `${part}.json`);
    if (!existsSync(file)) return [];
    const cached = JSON.parse(readFileSync(file, "utf8"));
    const when = `from the run of ${cached.date.replace("T", " ").slice(0, 16)} UTC`;
    return cached.rows.map((r) => ({ ...r, note: r.note ? `${r.note} (${when})` : when }));
  });
}

ensurePrismaClient();
const pgServer = await openServer();
let failed = 0;
try {
  for (const file of small.filter((f) => wanted(f, "small"))) {
    const url = await ensureDatabase(pgServer.baseUrl, "cc_bench_small", { recreate: true });
    await migrate(url, { log: () => {} });
    console.log(`\n▶ ${file}`);
    const { code, out } = await run(join("bench", file), { DATABASE_URL: url });
    if (code !== 0) failed += 1;
    record(file, code === 0 ? rowsOf(file, out) : [{ section: "Small-scale benchmarks (fresh database each)", metric: file, note: `FAILED (exit ${code})`, pass: false }]);
  }
  const scaleFiles = scale.filter((f) => wanted(f, "scale"));
  if (scaleFiles.length) {
    const { url, infoFile } = await scaleDatabase(pgServer.baseUrl);
    const distDir = await ensureBuild();
    record("first-load", firstLoadRows(distDir));
    const server = await startServer(url);
    try {
      for (const file of scaleFiles) {
        console.log(`\n▶ ${file}`);
        const { code, out } = await run(join("bench/scale", file), {
          DATABASE_URL: url, BENCH_INFO_FILE: infoFile, BENCH_SERVER_URL: server.url, BENCH_SERVER_PID: String(server.pid),
          CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? findChromium(),
        });
        if (code !== 0) failed += 1;
        record(file, [...rowsOf(file, out), ...(code !== 0 ? [{ section: "Failures", metric: file, note: `exited with ${code}; see its output`, pass: false }] : [])]);
      }
    } finally {
      await server.stop();
    }
    Object.assign(globalThis, { benchFacts: await serverFacts(url) });
  }
} finally {
  await pgServer.stop();
}

const facts = globalThis.benchFacts ?? { postgresVersion: "PostgreSQL", settings: {} };
const markdown = renderResults({ rows: allRows(), startedAt, seconds: (Date.now() - startedAt) / 1000, loadBefore, ...facts });
writeFileSync(join(benchDir, "RESULTS.md"), markdown);
console.log(`\n${markdown}\nWritten to bench/RESULTS.md`);
process.exit(failed ? 1 : 0);
