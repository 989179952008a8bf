// Search with aliases at scale: queries naming actors (ISKP = IS-K = Daesh = داعش) and
// places in variant spellings, through the SQL searchWorkspace sends (replayed through
// `pg`), through searchWorkspace in this process (Prisma) and through the API. A query
// that fails (the app's 30 s transaction limit) is reported as failed, not retried.
import { searchWorkspace } from "../../lib/search/search-workspace";
import { installCapturingClient, type Statement } from "./capture";
import { datasetInfo, percentiles, report, round, timeApiFromOwnProcess, timeEach } from "./measure";

const info = datasetInfo();
const cap = installCapturingClient(process.env.DATABASE_URL!);
const caller = { userId: info.ownerId };
const section = "Citation lookup and search";

async function main() {
  const queries = ["ISKP", "Daesh", "داعش", "Zabiullah Mujahid", "Mazar-i-Sharif convoy", "Khorassan"];
  const recorded = new Map<string, Statement[]>();
  const began = performance.now();
  for (const q of queries) {
    const start = performance.now();
    try {
      recorded.set(q, await cap.record(() => searchWorkspace(caller, info.workspaceSlug, { q })));
    } catch (error) {
      const message = error instanceof Error ? error.message.split("\n").filter(Boolean).slice(-1)[0] : String(error);
      report({ section, metric: `search with aliases: "${q}" (searchWorkspace)`, value: round((performance.now() - start) / 1000), unit: "s", pass: false, target: "answers", note: `failed: ${message.slice(0, 220)}` });
    }
    if (performance.now() - began > 60_000) break;
  }
  const list = [...recorded.keys()];
  if (list.length) {
    const sql = percentiles(await timeEach(list, (q) => cap.replay(recorded.get(q)!)));
    const fn = percentiles(await timeEach(list, (q) => searchWorkspace(caller, info.workspaceSlug, { q })));
    // From a client process of its own, after one call of each query (as the lookup's API row).
    const http = percentiles(timeApiFromOwnProcess(list.map((q) => `/api/v1/workspaces/${info.workspaceSlug}/search?q=${encodeURIComponent(q)}`), info.apiToken).samples);
    report({ section, metric: "search with aliases: all SQL via pg", ...sql, note: list.join(", ") });
    report({ section, metric: "search with aliases: searchWorkspace in process (Prisma)", ...fn, baseline: `pg p50 ${sql.p50} ms`, ratio: round(fn.p50 / sql.p50, 2), target: "≤ 1.3× pg", pass: fn.p50 / sql.p50 <= 1.3 });
    report({ section, metric: "search with aliases: GET /search (API)", ...http, baseline: `pg p50 ${sql.p50} ms`, ratio: round(http.p50 / sql.p50, 2), target: "≤ 1.5× SQL", pass: http.p50 / sql.p50 <= 1.5 });
  }
  await cap.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
