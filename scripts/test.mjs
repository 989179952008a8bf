// `npm test`: unit and integration tests (Vitest, real PostgreSQL), then
// end-to-end tests (Playwright, Chromium) against the production build.
// Uses a throw-away embedded PostgreSQL unless TEST_DATABASE_URL names a server.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureNextBuild, ensurePrismaClient } from "./lib/build.mjs";
import { findChromium } from "./lib/chromium.mjs";
import { seedDemo } from "./lib/database.mjs";
import { migrate } from "./lib/migrate.mjs";
import { ensureDatabase, freePort, projectRoot, startEmbeddedPostgres } from "./lib/postgres.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const only = process.argv[2]; // "unit" | "integration" | "e2e" | undefined (all)
const resultsDir = join(projectRoot, "tests/.results");
mkdirSync(resultsDir, { recursive: true });

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function openServer() {
  if (process.env.TEST_DATABASE_URL) return { baseUrl: process.env.TEST_DATABASE_URL.replace(/\/[^/]*$/, ""), stop: async () => {} };
  const dir = mkdtempSync(join(process.env.COUNTERCLAIM_TEST_TMP ?? "/tmp", "counterclaim-test-pg-"));
  rmSync(dir, { recursive: true });
  const server = await startEmbeddedPostgres({ dir, port: await freePort() });
  return { baseUrl: server.baseUrl, stop: async () => { await server.stop(); rmSync(dir, { recursive: true, force: true }); } };
}

function counts(file, pick) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  try {
    return pick(JSON.parse(readFileSync(file, "utf8")));
  } catch {
    return { passed: 0, failed: 0 };
  }
}

const chromium = !only || only === "e2e" ? findChromium() : undefined;
ensurePrismaClient();
const pg = await openServer();
let failures = 0;
const totals = { passed: 0, failed: 0 };
try {
  if (only !== "e2e") {
    const url = await ensureDatabase(pg.baseUrl, "counterclaim_test", { recreate: true });
    await migrate(url, { log: () => {} });
    const projects = only ? ["--project", only] : [];
    const code = await run(process.execPath, [
      "node_modules/vitest/vitest.mjs", "run", "--config", "tests/vitest.config.mts", ...projects,
      "--reporter=default", "--reporter=json", `--outputFile.json=${join(resultsDir, "vitest.json")}`,
    ], { DATABASE_URL: url, TEST_PG_BASE_URL: pg.baseUrl });
    if (code !== 0) failures += 1;
    const c = counts(join(resultsDir, "vitest.json"), (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests + (code !== 0 && r.numFailedTests === 0 ? 1 : 0) }));
    totals.passed += c.passed;
    totals.failed += c.failed;
  }
  if (!only || only === "e2e") {
    const url = await ensureDatabase(pg.baseUrl, "counterclaim_e2e", { recreate: true });
    await migrate(url, { log: () => {} });
    seedDemo(url);
    ensureNextBuild();
    const code = await run(process.execPath, ["node_modules/@playwright/test/cli.js", "test", "--config", "tests/e2e/playwright.config.ts"], {
      DATABASE_URL: url,
      CHROMIUM_PATH: chromium,
      E2E_PORT: String(await freePort()),
      PLAYWRIGHT_JSON_OUTPUT_NAME: join(resultsDir, "playwright.json"),
    });
    if (code !== 0) failures += 1;
    const c = counts(join(resultsDir, "playwright.json"), (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + (r.stats.flaky ?? 0) }));
    totals.passed += c.passed;
    totals.failed += c.failed + (code !== 0 && c.failed === 0 ? 1 : 0);
  }
} finally {
  await pg.stop();
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(failures ? 1 : 0);
