// Citation lookup at scale (search with aliases: search.scale.ts): the same quotes through (1) the SQL the
// lookup sends, replayed through `pg` alone, (2) lib/lookup's findPassages in this
// process (Prisma), (3) the JSON API of the running server, and (4) `rg -F` over
// the same source texts written to files. Quotes: 6–10 words cut from generated
// passages (exact), the same with one typo (fuzzy), and stock phrases made of
// common words that occur in tens of thousands of passages.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findPassages } from "../../lib/lookup/find-passages";
import { installCapturingClient, type Statement } from "./capture";
import { datasetInfo, percentiles, report, round, timeApiFromOwnProcess, timeEach } from "./measure";
import { seededRandom } from "./text";

const info = datasetInfo();
const cap = installCapturingClient(process.env.DATABASE_URL!);
const caller = { userId: info.ownerId };
const random = seededRandom(7);
const section = "Citation lookup and search";

async function quotes() {
  const { rows } = await cap.pool.query<{ exact: string }>(`SELECT "exact" FROM "Excerpt" WHERE "id" = ANY($1) ORDER BY "id"`, [info.sampleExcerptIds]);
  const exact: string[] = [];
  for (const { exact: text } of rows) {
    const words = text.split(/\s+/);
    if (words.length < 8) continue;
    const length = 6 + random.int(5);
    const from = random.int(Math.max(1, words.length - length));
    exact.push(words.slice(from, from + length).join(" "));
    if (exact.length === 60) break;
  }
  const fuzzy = exact.slice(0, 10).map((q) => {
    // One typo in the longest word: two letters swapped.
    const words = q.split(" ");
    const k = words.reduce((best, w, i) => (w.length > words[best].length ? i : best), 0);
    const w = words[k];
    words[k] = w.length > 3 ? w.slice(0, 1) + w[2] + w[1] + w.slice(3) : `${w}x`;
    return words.join(" ");
  });
  const common = [
    "though this could not be independently verified",
    "the ministry said in a statement",
    "according to residents who spoke by telephone",
    "no group immediately claimed responsibility",
    "said that the attack was carried out by the group",
    "Officials have not released the names of the victims",
  ];
  return { exact, fuzzy, common };
}

/** Source texts as files for rg, written once per data set. */
async function textFiles(): Promise<string> {
  const dir = join(process.cwd(), "bench/.cache/texts");
  const stamp = join(dir, "DATASET");
  const key = `${info.workspaceId} ${JSON.stringify(info.sizes)}`;
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === key) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let after = "";
  for (let shard = 0; ; shard += 1) {
    const { rows } = await cap.pool.query<{ id: string; text: string }>(`SELECT "id", "text" FROM "Source" WHERE "id" > $1 ORDER BY "id" LIMIT 2000`, [after]);
    if (!rows.length) break;
    writeFileSync(join(dir, `sources-${String(shard).padStart(3, "0")}.txt`), rows.map((r) => r.text).join("\n\u001e\n"));
    after = rows[rows.length - 1].id;
  }
  writeFileSync(stamp, key);
  return dir;
}

// The passage-matching statement (lib/lookup/lookup-sql.ts tags it): the quote, its name
// variants and near quotes when those found fewer than a page; since 2026-12-07 it also
// reads the found passages' citations and sources, once a statement of their own.
const matchStatements = (statements: Statement[]) => statements.filter((s) => s.sql.includes("/* lookup:excerpt */"));

const statementRange = (counts: number[]) => (Math.min(...counts) === Math.max(...counts) ? `${counts[0]}` : `${Math.min(...counts)}–${Math.max(...counts)}`);

async function lookupGroup(label: string, list: string[], targets: { sql: number; api: number }) {
  const recorded = new Map<string, Statement[]>();
  const began = performance.now();
  for (const q of list) {
    recorded.set(q, await cap.record(() => findPassages(caller, info.workspaceSlug, { q })));
    if (performance.now() - began > 30_000) break;
  }
  list = [...recorded.keys()];
  // At least 60 samples per figure: over a group's 6 quotes three rounds gave 18, whose p95 is their slowest.
  const rounds = Math.max(3, Math.ceil(60 / list.length));
  const main = await timeEach(list, (q) => cap.replay(matchStatements(recorded.get(q)!)), rounds);
  const sql = await timeEach(list, (q) => cap.replay(recorded.get(q)!), rounds);
  const fn = await timeEach(list, (q) => findPassages(caller, info.workspaceSlug, { q }), rounds);
  const paths = list.map((q) => `/api/v1/workspaces/${info.workspaceSlug}/lookup?q=${encodeURIComponent(q)}`);
  // The API is timed from a process of its own (api-client.mjs), after one call of each
  // quote (statement texts new to the server's connections, PostgreSQL's first custom
  // plans), which is reported apart; and through Node's fetch as well, for comparison.
  const { first: firstCalls, samples: http, fetchSamples } = timeApiFromOwnProcess(paths, info.apiToken, rounds);
  const [first, viaFetch] = [firstCalls, fetchSamples].map(percentiles);
  const [m, s, f, h] = [main, sql, fn, http].map(percentiles);
  report({ section, metric: `${label}: passage statement, match and details (SQL via pg)`, ...m, target: `p95 ≤ ${targets.sql} ms`, pass: m.p95 <= targets.sql, note: `${list.length} quotes, ${m.n} timed calls; ${statementRange(list.map((q) => matchStatements(recorded.get(q)!).length))} match statements per lookup` });
  report({ section, metric: `${label}: all lookup SQL (${recorded.get(list[0])!.length} statements via pg)`, ...s });
  report({ section, metric: `${label}: findPassages in process (Prisma)`, ...f, baseline: `SQL via pg p50 ${s.p50} ms`, ratio: round(f.p50 / s.p50, 2), target: "≤ 1.3× pg", pass: f.p50 / s.p50 <= 1.3 });
  // Two targets, two rows: the API's own latency (the lookup issue's) and its overhead over the SQL (the benchmark issue's).
  report({ section, metric: `${label}: GET /lookup (API)`, ...h, target: `p95 ≤ ${targets.api} ms`, pass: h.p95 <= targets.api, baseline: `SQL via pg p50 ${s.p50} ms`, note: `from a client process of its own (node:http, gzip), after one call of each quote; that first call p50 ${first.p50} / p95 ${first.p95} / p99 ${first.p99} ms; the same calls through Node's fetch, alternating with these: p50 ${viaFetch.p50} / p95 ${viaFetch.p95} / p99 ${viaFetch.p99} ms` });
  report({ section, metric: `${label}: API overhead (GET /lookup p50 ÷ all lookup SQL p50)`, target: "≤ 1.5×", pass: h.p50 / s.p50 <= 1.5, baseline: `SQL via pg p50 ${s.p50} ms`, ratio: round(h.p50 / s.p50, 2) });
  return s;
}

async function rgGroup(label: string, list: string[], dir: string, sql: { p50: number }) {
  spawnSync("rg", ["-F", "-c", "warm-up the page cache", dir]);
  const samples: number[] = [];
  for (const q of list) {
    const began = performance.now();
    spawnSync("rg", ["-F", "-l", q, dir], { encoding: "utf8" });
    samples.push(performance.now() - began);
  }
  const r = percentiles(samples);
  report({ section, metric: `${label}: rg -F over the source texts as files`, ...r, baseline: `SQL via pg p50 ${sql.p50} ms`, ratio: round(sql.p50 / r.p50, 2), note: "ratio = SQL ÷ rg (below 1: the index beats scanning)" });
}

/** The `rg -F` baseline needs ripgrep: installed with apt-get when running as root, as the tests do Chromium. */
function ensureRipgrep() {
  const present = () => {
    try {
      execFileSync("rg", ["--version"]);
      return true;
    } catch {
      return false;
    }
  };
  if (present()) return;
  if (process.getuid?.() === 0) {
    execFileSync("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ripgrep"], { stdio: "inherit" });
    if (present()) return;
  }
  throw new Error("ripgrep (rg) is missing: apt-get install -y ripgrep (as root), then run the benchmark again");
}

async function main() {
  const { exact, fuzzy, common } = await quotes();
  const dir = await textFiles();
  ensureRipgrep();
  const exactSql = await lookupGroup("exact quote (6–10 words)", exact, { sql: 15, api: 30 });
  await rgGroup("exact quote", exact, dir, exactSql);
  const fuzzySql = await lookupGroup("fuzzy quote (one typo)", fuzzy, { sql: 150, api: 150 });
  await rgGroup("fuzzy quote", fuzzy, dir, fuzzySql);
  const commonSql = await lookupGroup("common-word quote", common, { sql: 15, api: 30 });
  await rgGroup("common-word quote", common, dir, commonSql);
  await cap.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
