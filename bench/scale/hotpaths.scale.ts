// The data each hot page loads, read through the same lib/ functions the pages call
// (Prisma), against the same SQL statements replayed through `pg` directly; and
// EXPLAIN (ANALYZE, BUFFERS) of every statement, kept in bench/explain/ so index
// choices rest on plans, not guesses.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { listClaimChoices } from "../../lib/claims/claim-choices";
import { listClaims } from "../../lib/claims/read-claims";
import { getDisputeBoard, listDisputes } from "../../lib/disputes/read-disputes";
import { findPassages } from "../../lib/lookup/find-passages";
import { ratingHistory } from "../../lib/ratings/rate";
import { searchWorkspace } from "../../lib/search/search-workspace";
import { listOrphanedExcerpts } from "../../lib/sources/correct-source";
import { sourceProvenance } from "../../lib/sources/derivations";
import { excerptsBetween, getSourceText } from "../../lib/sources/read-sources";
import { listTextVersions } from "../../lib/sources/read-text-versions";
import { textPages } from "../../lib/text/pages";
import { getWorkspace, getWorkspaceCounts } from "../../lib/workspaces/read-workspaces";
import { installCapturingClient, type Statement } from "./capture";
import { datasetInfo, percentiles, report, round, timeEach } from "./measure";

const info = datasetInfo();
const cap = installCapturingClient(process.env.DATABASE_URL!);
const slug = info.workspaceSlug;
const section = "Prisma on hot paths vs the same SQL through pg";
const explainDir = join(process.cwd(), "bench/explain");

async function editorCaller() {
  const { rows } = await cap.pool.query<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = 'analyst1@bench.counterclaim.test'`);
  return { userId: rows[0].id };
}

/**
 * Cuts lines over 1,000 characters: a statement with 200,000 ids in an IN list (the
 * "before" rows) made explain files of several megabytes, all of it the ids.
 */
const LINE_LIMIT = 1000;
function shorten(text: string) {
  return text
    .split("\n")
    .map((line) => (line.length > LINE_LIMIT ? `${line.slice(0, LINE_LIMIT)} … [${(line.length - LINE_LIMIT).toLocaleString("en")} more characters]` : line))
    .join("\n");
}

async function explain(name: string, statements: Statement[]) {
  const parts: string[] = [];
  let totalMs = 0;
  // One connection, statements in order: BEGIN, SET LOCAL and COMMIT are run as they
  // are (they have no plan) so each explained statement sees the app's settings.
  const connection = await cap.pool.connect();
  try {
    for (const [n, s] of statements.entries()) {
      if (!/^\s*(SELECT|WITH|INSERT|UPDATE|DELETE)\b/i.test(s.sql)) {
        await connection.query(s.sql, s.params);
        parts.push(`-- statement ${n + 1} of ${statements.length} (run, not explained)\n${shorten(s.sql)}\n`);
        continue;
      }
      const { rows } = await connection.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, s.params);
      const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
      totalMs += Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1] ?? 0);
      parts.push(`-- statement ${n + 1} of ${statements.length}\n${shorten(s.sql)}\n-- params: ${JSON.stringify(s.params).slice(0, 400)}\n\n${shorten(plan)}\n`);
    }
  } finally {
    connection.release();
  }
  mkdirSync(explainDir, { recursive: true });
  writeFileSync(join(explainDir, `${name}.txt`), `# ${name}: ${statements.length} statements, ${round(totalMs)} ms execution in total (EXPLAIN ANALYZE)\n# ${new Date().toISOString()}\n\n${parts.join("\n")}`);
  return { totalMs, slowest: Math.max(0, ...parts.map((p) => Number(/Execution Time: ([\d.]+)/.exec(p)?.[1] ?? 0))) };
}

async function main() {
  const editor = await editorCaller();
  const paths: { name: string; file: string; load: () => Promise<unknown>; rounds?: number }[] = [
    { name: "workspace membership check (every page)", file: "workspace-header", load: () => getWorkspace(editor, slug) },
    { name: "workspace counts (home page only)", file: "workspace-counts", load: () => getWorkspaceCounts(editor, slug) },
    { name: "dispute board (getDisputeBoard)", file: "dispute-board", load: () => getDisputeBoard(editor, slug, info.disputeId) },
    {
      // As the page reads it: the text, then the first page's excerpts (the reader shows a page at a time).
      name: "source reader data (text, first page's excerpts, ratings, provenance, versions, orphans)", file: "source-reader",
      load: () => Promise.all([
        getSourceText(editor, slug, info.longSourceId).then((s) => excerptsBetween(editor, slug, info.longSourceId, textPages(s.text)[0])),
        ratingHistory(editor, slug, { sourceId: info.longSourceId }), sourceProvenance(editor, slug, info.longSourceId), listTextVersions(editor, slug, info.longSourceId), listOrphanedExcerpts(editor, slug, { sourceId: info.longSourceId }),
      ]),
    },
    { name: "claim picker as it was: every claim (listClaims)", file: "claim-picker-before", load: () => listClaims(editor, slug), rounds: 1 },
    { name: "claim picker now: latest 25 (listClaimChoices; older ones are searched)", file: "claim-picker", load: () => listClaimChoices(editor, slug) },
    { name: "workspace home as it was: every dispute (listDisputes)", file: "workspace-home-before", load: () => listDisputes(editor, slug), rounds: 1 },
    { name: "workspace home now: latest 50 disputes", file: "workspace-home", load: () => listDisputes(editor, slug, { take: 50 }) },
    { name: "lookup: exact quote", file: "lookup-exact", load: () => findPassages(editor, slug, { q: "struck a checkpoint in Kunduz on 12 March" }), rounds: 2 },
    { name: "lookup: common-word quote", file: "lookup-common", load: () => findPassages(editor, slug, { q: "though this could not be independently verified" }), rounds: 2 },
    { name: "lookup: fuzzy quote", file: "lookup-fuzzy", load: () => findPassages(editor, slug, { q: "Zabihullah Mujahid said that 14 civilans were killed in Herat" }), rounds: 2 },
    { name: "search with aliases (ISKP)", file: "search-alias", load: () => searchWorkspace(editor, slug, { q: "ISKP" }) },
  ];
  for (const path of paths) {
    const statements = await cap.record(path.load);
    const plans = await explain(path.file, statements);
    const rounds = path.rounds ?? 10;
    // Short paths are called a few more times first: the process's first calls into
    // Prisma run 5-20 ms while V8 warms its query interpreter, and the first path
    // measured (membership) took those as samples.
    if (!path.rounds) for (let i = 0; i < 10; i += 1) await path.load();
    const prisma = percentiles(await timeEach([0], () => path.load(), rounds));
    const raw = percentiles(await timeEach([0], () => cap.replay(statements), rounds));
    const ratio = round(prisma.p50 / raw.p50, 2);
    report({
      section, metric: path.name, ...prisma, baseline: `pg p50 ${raw.p50} ms, p95 ${raw.p95} ms`, ratio, target: "≤ 1.3× pg", pass: ratio <= 1.3,
      note: `${statements.length} statements; EXPLAIN ANALYZE ${round(plans.totalMs)} ms in PostgreSQL (slowest ${round(plans.slowest)} ms); bench/explain/${path.file}.txt`,
    });
  }
  await cap.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
