// Judges the fault test's record: what each request got, how quickly the app came
// back after each PostgreSQL restart, and whether the database holds every
// acknowledged write exactly once.
import { chromium } from "playwright-core";
import pg from "pg";

const errorPageText = "This page could not be loaded";
// A page whose server render failed comes as Next.js's empty error shell; the browser then
// renders app/error.tsx into it (errorPageInBrowser checks that it does).
const errorShell = 'id="__next_error__"';
// What a leaked stack or internal error looks like in a response body.
const leak = /\n\s+at [^\n]+:\d+:\d+|node_modules|PrismaClient|prisma:error|ECONNREFUSED/;

/** "ok" (2xx), "unavailable" (a clean 503 or error page) or "bad", with the reason. */
export function classify(result) {
  if (result.status >= 200 && result.status < 300) {
    if (result.kind === "page" && result.text.includes(errorPageText)) return cleanErrorPage(result);
    return { verdict: "ok" };
  }
  if (result.status === 0) return { verdict: "bad", reason: result.failure };
  if (result.kind === "page") {
    if (result.status === 500 || result.status === 503) return cleanErrorPage(result);
    return { verdict: "bad", reason: `page answered ${result.status}` };
  }
  const error = result.json?.error;
  if (result.status === 503 && error?.code === "UNAVAILABLE" && typeof error.message === "string" && error.message.length > 0 && result.retryAfter && !leak.test(result.text)) {
    return { verdict: "unavailable" };
  }
  return { verdict: "bad", reason: `${result.status} ${result.text.slice(0, 160)}` };
}

function cleanErrorPage(result) {
  if (!result.text.includes(errorPageText) && !result.text.includes(errorShell)) return { verdict: "bad", reason: `page answered ${result.status} without the error page` };
  if (leak.test(result.text)) return { verdict: "bad", reason: `error page (${result.status}) shows internals: ${leak.exec(result.text)[0]}` };
  return { verdict: "unavailable" };
}

/**
 * Every result judged against the outages: a clean failure is fine while the database
 * is down or coming back (up to `graceMs` after it is up again); anything else fails.
 */
export function judge(results, outages, graceMs) {
  const inOutage = (r) => outages.some((o) => r.ended >= o.down && r.started <= o.up + graceMs);
  const tally = { requests: results.length, ok: 0, unavailable: 0, other: 0 };
  const problems = [];
  for (const result of results) {
    const { verdict, reason } = classify(result);
    if (verdict === "ok") tally.ok += 1;
    else if (verdict === "unavailable" && inOutage(result)) tally.unavailable += 1;
    else {
      tally.other += 1;
      const when = `${new Date(result.started).toISOString().slice(11, 23)}+${result.ended - result.started}ms`;
      problems.push(`${result.kind} ${result.method} ${result.path} at ${when}: ${reason ?? `clean failure outside any outage (${result.status})`}`);
    }
  }
  return { tally, problems };
}

/**
 * Per outage and per kind of request: seconds from PostgreSQL accepting connections
 * again to the first success of a request that began after it went down.
 */
export function recoveryTimes(results, outages, kinds) {
  return outages.map((outage) => {
    const perKind = {};
    for (const kind of kinds) {
      const first = results
        .filter((r) => r.kind === kind && r.started >= outage.down && r.ended >= outage.up && classify(r).verdict === "ok")
        .reduce((min, r) => Math.min(min, r.ended), Infinity);
      perKind[kind] = first === Infinity ? null : Math.max(0, (first - outage.up) / 1000);
    }
    const values = Object.values(perKind);
    const worst = values.includes(null) ? null : Math.max(...values);
    return { ...outage, perKind, worst };
  });
}

/** The acknowledged claims against the rows whose statement carries this run's prefix. */
export async function checkWrites(databaseUrl, workspaceSlug, prefix, acknowledged) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT c.id, c.statement,
              EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."entityType" = 'Claim' AND a."entityId" = c.id) AS audited
         FROM "Claim" c JOIN "Workspace" w ON w.id = c."workspaceId"
        WHERE w.slug = $1 AND starts_with(c.statement, $2)`,
      [workspaceSlug, prefix],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    const missing = acknowledged.filter((ack) => byId.get(ack.id)?.statement !== ack.marker);
    const perStatement = new Map();
    for (const row of rows) perStatement.set(row.statement, (perStatement.get(row.statement) ?? 0) + 1);
    const duplicates = [...perStatement].filter(([, count]) => count > 1).map(([statement]) => statement);
    const ackedIds = new Set(acknowledged.map((ack) => ack.id));
    return {
      expected: acknowledged.length,
      found: acknowledged.length - missing.length,
      rows: rows.length,
      unacknowledgedRows: rows.filter((row) => !ackedIds.has(row.id)).length,
      unaudited: rows.filter((row) => !row.audited).length,
      missing,
      duplicates,
    };
  } finally {
    await client.end();
  }
}

/** What a person sees at `path` in Chromium: the visible text, and any stack-like line in it. */
export async function pageInBrowser(executablePath, baseUrl, cookie, path) {
  const browser = await chromium.launch({ executablePath });
  try {
    const context = await browser.newContext();
    const [name, ...value] = cookie.split("=");
    await context.addCookies([{ name, value: value.join("="), url: baseUrl }]);
    const page = await context.newPage();
    const response = await page.goto(baseUrl + path);
    await page.getByRole("heading", { level: 1 }).first().waitFor({ timeout: 10_000 }).catch(() => {});
    const text = await page.locator("body").innerText();
    return { status: response?.status() ?? 0, text, errorPage: text.includes(errorPageText), leak: leak.exec(text)?.[0] ?? null };
  } finally {
    await browser.close();
  }
}

/** How many LISTEN connections the app's review-session listener holds (it names them). */
export async function listenerConnections(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'counterclaim-session-listener'`);
    return rows[0].n;
  } finally {
    await client.end();
  }
}
