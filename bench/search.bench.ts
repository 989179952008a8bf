// How search scales: BENCH_SEARCH_PASSAGES (default 200,000) generated passages
// (excerpts) in English, Persian and transliterated names, plus a few sources,
// in one workspace with the ISKP actor and its aliases. Times searchWorkspace
// for alias, variant, typo and Persian queries (median of 5 after one warm-up)
// and prints the plan of the main query, which should read the trigram GIN index
// (Bitmap Index Scan on "SearchText_folded_idx"), never a sequential scan.
// Needs DATABASE_URL (`npm run bench` provides a fresh one).
import { createActor } from "../lib/actors/write-actors";
import { createUser } from "../lib/auth/create-user";
import { db } from "../lib/db/client";
import { buildTerms } from "../lib/search/query";
import { explainSearch } from "../lib/search/search-sql";
import { searchWorkspace } from "../lib/search/search-workspace";
import { createSource } from "../lib/sources/create-source";
import { createWorkspace } from "../lib/workspaces/write-workspaces";

const PASSAGES = Number(process.env.BENCH_SEARCH_PASSAGES ?? 200_000);

const sentences = [
  "Provincial police said the convoy was attacked near the market in Jalalabad.",
  "Local sources reported a higher toll than the ministry announced.",
  "The group denied any involvement and blamed a rival faction.",
  "منابع محلی شمار کشته‌ها را بیشتر گزارش کردند.",
  "سخنگوی وزارت کشور گفت که حمله در نزدیکی بازار رخ داده است.",
  "Residents of Kunduz described the night raid on a madrasa.",
  "Officials in Herat said the checkpoint was reopened after two days.",
];
const rare = ["IS-K claimed the attack in Mazar-e Sharif.", "Daesh media released a statement on Khorasan.", "Zabihullah Mujahid rejected the report."];

async function main() {
  const user = await createUser({ email: `bench-${Date.now()}@bench.test`, name: "Bench", password: "correct horse battery staple" });
  const caller = { userId: user.id };
  const ws = await createWorkspace(caller, { slug: `bench-search-${Date.now()}`, name: "Search bench" });
  await createActor(caller, ws.id, { name: "Islamic State Khorasan Province", kind: "ORGANISATION", aliases: ["ISKP", "IS-K", "ISIS-K", "Daesh", "داعش"].map((alias) => ({ alias })) });
  const { source } = await createSource(caller, ws.id, { title: "Bench source", text: sentences.join(" ") });

  const started = Date.now();
  // One rare sentence in a hundred, so alias queries select about 1% of passages.
  await db.$executeRawUnsafe(
    `INSERT INTO "Excerpt" ("id", "workspaceId", "sourceId", "start", "end", "exact", "prefix", "suffix", "textVersion", "textSha256", "updatedAt")
     SELECT 'bench' || i, $1, $2, 0, 10,
       CASE WHEN i % 100 = 0 THEN ($3::text[])[1 + (i / 100) % 3] ELSE ($4::text[])[1 + i % 7] END || ' ' || md5(i::text),
       '', '', 1, '', now()
     FROM generate_series(1, $5::int) AS i`,
    ws.id, source.id, rare, sentences, PASSAGES,
  );
  await db.$executeRawUnsafe(`ANALYZE "SearchText"`);
  await db.$executeRawUnsafe(`ANALYZE "Excerpt"`);
  const loadSeconds = (Date.now() - started) / 1000;
  console.log(`BENCH ${JSON.stringify({ name: "search: load passages (triggers fold each)", passages: PASSAGES, seconds: loadSeconds })}`);

  for (const q of ["ISKP", "Mazar-i-Sharif", "Khorassan", "Zabiullah", "می‌گوید", "convoy market"]) {
    await searchWorkspace(caller, ws.id, { q });
    const times: number[] = [];
    let totals = "";
    for (let i = 0; i < 5; i += 1) {
      const t = performance.now();
      const results = await searchWorkspace(caller, ws.id, { q });
      times.push(performance.now() - t);
      totals = results.groups.map((g) => `${g.kind}=${g.total}`).join(" ");
    }
    times.sort((a, b) => a - b);
    console.log(`BENCH ${JSON.stringify({ name: `search: "${q}"`, passages: PASSAGES, medianMs: Math.round(times[2]), maxMs: Math.round(times[4]), matches: totals })}`);
  }

  const aliases = new Map([["iskp", { actor: "ISKP", names: ["ISKP", "IS-K", "ISIS-K", "Daesh", "داعش"] }]]);
  for (const q of ["ISKP", "Khorassan"]) {
    console.log(`Plan for "${q}" (excerpts):\n${await explainSearch(ws.id, "excerpts", buildTerms(q, aliases))}\n`);
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
