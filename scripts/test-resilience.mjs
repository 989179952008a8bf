// `npm run test:resilience`: the fault test. Runs the production server against a
// throw-away embedded PostgreSQL, keeps writes and reads going from several workers,
// restarts PostgreSQL twice under that load (a real restart: in-flight connections
// are cut), and checks that requests in the outage got a clean 503 (or error page),
// that the app came back by itself within seconds, that the server never crashed,
// and that every acknowledged write is in the database exactly once.
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { startAppServer } from "./lib/app-server.mjs";
import { ensureNextBuild, ensurePrismaClient } from "./lib/build.mjs";
import { findChromium } from "./lib/chromium.mjs";
import { seedDemo } from "./lib/database.mjs";
import { migrate } from "./lib/migrate.mjs";
import { ensureDatabase, freePort, startEmbeddedPostgres } from "./lib/postgres.mjs";
import { checkWrites, judge, listenerConnections, pageInBrowser, recoveryTimes } from "./lib/resilience-checks.mjs";
import { call, createToken, followEvents, runLoad, signIn } from "./lib/resilience-load.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const RESTARTS = 2;
const DOWN_MS = 3_000; // how long PostgreSQL stays stopped each time
const RECOVERY_LIMIT_S = 10; // the app must serve again this soon after PostgreSQL is back
const STEADY_MS = 5_000; // load before the first restart and after each recovery
const WORKSPACE = "demo";
const OWNER = { email: "owner@demo.counterclaim.test", password: "counterclaim-demo" };

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const clock = (t) => new Date(t).toISOString().slice(11, 23);
const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
  console.log(`${ok ? "  ok  " : "  FAIL"} ${message}`);
};

const dir = mkdtempSync(join(process.env.COUNTERCLAIM_TEST_TMP ?? "/tmp", "counterclaim-resilience-pg-"));
rmSync(dir, { recursive: true }); // initdb wants to create it (as the postgres user when run as root)
const pgPort = await freePort();
let postgres = null;
let app = null;
let load = null;
let events = null;
const cleanup = async () => {
  await events?.stop().catch(() => {});
  await load?.stop().catch(() => {});
  await app?.stop().catch(() => {});
  await postgres?.stop().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
};
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => cleanup().finally(() => process.exit(130)));

try {
  const chromiumPath = findChromium();
  ensurePrismaClient();
  postgres = await startEmbeddedPostgres({ dir, port: pgPort });
  const databaseUrl = await ensureDatabase(postgres.baseUrl, "counterclaim_resilience");
  await migrate(databaseUrl, { log: () => {} });
  seedDemo(databaseUrl);
  ensureNextBuild();
  app = await startAppServer({ databaseUrl, port: await freePort() });
  const base = app.baseUrl;
  console.log(`\nServer ${base}, PostgreSQL on port ${pgPort} (${dir})`);

  // Sign in through the real API: a session cookie, then an API token made with it.
  const cookie = await signIn(base, OWNER.email, OWNER.password);
  const token = await createToken(base, cookie, WORKSPACE);
  const bearer = { authorization: `Bearer ${token}` };
  const api = `/api/v1/workspaces/${WORKSPACE}`;
  const claims = await call(base, "GET", `${api}/claims`, { headers: bearer });
  const seedClaimId = claims.json?.items?.[0]?.id;
  if (!seedClaimId) throw new Error(`GET ${api}/claims gave no claim: ${claims.status}`);
  const session = await call(base, "POST", `${api}/sessions`, { headers: bearer, body: { title: "Resilience check", claimIds: [seedClaimId] } });
  const itemId = session.json?.items?.[0]?.id;
  if (session.status !== 201 || !itemId) throw new Error(`Creating a review session answered ${session.status}: ${session.text.slice(0, 200)}`);

  const prefix = `Resilience ${Date.now().toString(36)}`;
  const acknowledged = [];
  const writer = (w) => ({
    name: `writer${w}`,
    kind: "write",
    next(n) {
      const marker = `${prefix} w${w} #${n}`;
      return { method: "POST", path: `${api}/claims`, marker, init: { headers: bearer, body: { statement: marker, kind: "STATEMENT" } } };
    },
  });
  const workers = [
    ...[1, 2, 3, 4].map(writer),
    { name: "reader", kind: "read", next: () => ({ method: "GET", path: api, init: { headers: bearer } }) },
    { name: "claim-reader", kind: "read", next: () => ({ method: "GET", path: `${api}/claims/${acknowledged.at(-1)?.id ?? seedClaimId}`, init: { headers: bearer } }) },
    // Signed in with the session cookie: an outage must not look like being signed out.
    { name: "cookie-reader", kind: "cookie", next: () => ({ method: "GET", path: api, init: { headers: { cookie } } }) },
    { name: "page-reader", kind: "page", next: () => ({ method: "GET", path: `/w/${WORKSPACE}`, init: { headers: { cookie } } }) },
  ];

  events = followEvents(base, `${api}/sessions/${session.json.id}/events`, bearer);
  load = runLoad(base, workers);
  // Acknowledged writes are collected as they come, so readers can fetch the newest claim.
  let harvested = 0;
  const harvest = () => {
    for (; harvested < load.results.length; harvested += 1) {
      const r = load.results[harvested];
      if (r.kind === "write" && r.status === 201 && r.json?.id) acknowledged.push({ id: r.json.id, marker: r.marker });
    }
  };
  const harvester = setInterval(harvest, 100);

  await sleep(STEADY_MS);
  const outages = [];
  let outagePage = null;
  for (let restart = 1; restart <= RESTARTS; restart += 1) {
    const down = Date.now();
    await postgres.stop();
    const stopped = Date.now();
    // While PostgreSQL is down, look at a page as a person would: the error page, no internals.
    if (restart === 1) outagePage = await pageInBrowser(chromiumPath, base, cookie, `/w/${WORKSPACE}`);
    await sleep(Math.max(0, stopped + DOWN_MS - Date.now()));
    postgres = await startEmbeddedPostgres({ dir, port: pgPort });
    const up = Date.now();
    outages.push({ restart, down, stopped, up });
    console.log(`Restart ${restart}: PostgreSQL stopping ${clock(down)}, stopped ${clock(stopped)}, accepting again ${clock(up)}`);
    // Wait until every kind of request has succeeded again (or the limit passes), then run steadily.
    const deadline = up + RECOVERY_LIMIT_S * 1000;
    while (Date.now() < deadline && recoveryTimes(load.results, [outages.at(-1)], ["write", "read", "cookie", "page"])[0].worst === null) await sleep(100);
    await sleep(STEADY_MS);
  }
  await load.stop();
  clearInterval(harvester);
  harvest();

  // The review-session listener (LISTEN/NOTIFY) must have come back too: a rating made now reaches the open stream.
  const rated = Date.now();
  const rating = await call(base, "POST", `${api}/sessions/${session.json.id}/ratings`, {
    headers: bearer,
    body: { itemId, scale: "INFO_CREDIBILITY", value: "2", rationale: "Resilience check after restarts" },
  });
  let eventLatency = null;
  for (const until = Date.now() + 20_000; Date.now() < until; await sleep(100)) {
    const seen = events.events.find((e) => e.kind === "rating.saved" && e.receivedAt >= rated);
    if (seen) {
      eventLatency = (seen.receivedAt - rated) / 1000;
      break;
    }
  }
  const listeners = await listenerConnections(databaseUrl);
  await events.stop();

  // Judge.
  const { tally, problems } = judge(load.results, outages, RECOVERY_LIMIT_S * 1000);
  const recoveries = recoveryTimes(load.results, outages, ["write", "read", "cookie", "page"]);
  const writes = await checkWrites(databaseUrl, WORKSPACE, prefix, acknowledged);
  const statuses = { api: {}, page: {} };
  for (const r of load.results) {
    const tally = statuses[r.kind === "page" ? "page" : "api"];
    tally[r.status] = (tally[r.status] ?? 0) + 1;
  }
  const byStatus = (tally) => Object.entries(tally).map(([s, n]) => `${s === "0" ? "no answer" : s} ×${n}`).join(", ");
  const logProblems = app.lines.filter((line) => /uncaught|unhandled|API: unexpected error|JWT_SESSION_ERROR|FATAL/i.test(line));

  console.log("\nResults");
  console.log(`  requests ${tally.requests}: 2xx ${tally.ok}, clean 503 / error page during outages ${tally.unavailable}, other ${tally.other}`);
  console.log(`  API by status: ${byStatus(statuses.api)}`);
  console.log(`  pages by status: ${byStatus(statuses.page)} (a page cannot answer 503: a failed render is Next.js's 500 error shell, which shows app/error.tsx)`);
  for (const r of recoveries) {
    const kinds = Object.entries(r.perKind).map(([k, s]) => `${k} ${s === null ? "never" : `${s.toFixed(2)} s`}`).join(", ");
    console.log(`  restart ${r.restart}: down ${((r.up - r.down) / 1000).toFixed(1)} s; back to 2xx after PostgreSQL was up: ${kinds}`);
  }
  console.log(`  acknowledged writes found ${writes.found}/${writes.expected}; rows with this run's marker ${writes.rows} (written but not acknowledged ${writes.unacknowledgedRows}); duplicates ${writes.duplicates.length}; without audit row ${writes.unaudited}`);
  console.log(`  review-session event after restarts: ${eventLatency === null ? "not received" : `${eventLatency.toFixed(2)} s`} (stream reconnects ${events.reconnects}); rating answered ${rating.status}; listener connections ${listeners}`);
  console.log(`  server log lines flagged: ${logProblems.length}`);

  console.log("\nChecks");
  check(app.exit === null, `the server process kept running${app.exit ? ` (it exited: code ${app.exit.code}, signal ${app.exit.signal})` : ""}`);
  check(problems.length === 0, `no API request got a 500 or another wrong status, no page showed internals, none hung (${problems.length} did)`);
  for (const p of problems.slice(0, 10)) console.log(`         ${p}`);
  check(outagePage?.errorPage === true && outagePage.leak === null, `in Chromium, a page during the outage shows the error page and no internals (status ${outagePage?.status}${outagePage?.leak ? `, shows "${outagePage.leak}"` : ""})`);
  check(tally.unavailable > 0, `the outages were felt: ${tally.unavailable} requests got a clean 503 or error page`);
  check(recoveries.every((r) => r.worst !== null && r.worst <= RECOVERY_LIMIT_S), `every kind of request succeeded again within ${RECOVERY_LIMIT_S} s of each restart, the app not restarted (worst ${recoveries.map((r) => (r.worst === null ? "never" : `${r.worst.toFixed(2)} s`)).join(", ")})`);
  check(writes.expected > 0 && writes.found === writes.expected, `every acknowledged write is in the database (${writes.found}/${writes.expected})`);
  for (const m of writes.missing.slice(0, 5)) console.log(`         missing: ${m.id} ${m.marker}`);
  check(writes.duplicates.length === 0, `no write was stored twice (${writes.duplicates.length} duplicates)`);
  check(writes.unaudited === 0, `every stored claim has its audit row (${writes.unaudited} without)`);
  check(rating.status === 200 || rating.status === 201, `a write after the restarts works (rating answered ${rating.status})`);
  check(listeners === 1, `the review-session listener re-opened its LISTEN connection (${listeners} open)`);
  check(eventLatency !== null, "the open review-session stream delivered an event after the restarts");
  check(logProblems.length === 0, `the server logged no crash or unexpected error (${logProblems.length} lines)`);
  for (const line of logProblems.slice(0, 5)) console.log(`         ${line.slice(0, 200)}`);
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
  console.error(`\nThe fault test could not run: ${error instanceof Error ? error.stack : error}`);
  if (app) console.error(`Server output (last lines):\n${app.lines.slice(-30).join("\n")}`);
} finally {
  await cleanup();
}

console.log(`\n${failures.length === 0 ? "Fault test passed." : `Fault test FAILED: ${failures.length} check(s) failed.`}`);
process.exit(failures.length ? 1 : 0);
