// The benchmark's own embedded PostgreSQL: a persistent cluster in .data/bench-postgres
// (the scale data set survives between runs), with the settings a production server
// of this size would have rather than initdb's minimal defaults.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import pg from "pg";
import { dataDirectory, freePort, startEmbeddedPostgres } from "../../scripts/lib/postgres.mjs";

export const benchSettings = {
  shared_buffers: "1GB",
  effective_cache_size: "8GB",
  work_mem: "32MB",
  maintenance_work_mem: "1GB",
  max_parallel_maintenance_workers: "1",
  max_wal_size: "8GB",
  checkpoint_timeout: "30min",
  random_page_cost: "1.1",
  // PostgreSQL's default: huge pages when the kernel has them reserved (reserveHugePages).
  huge_pages: "try",
};

/**
 * Reserves the kernel's huge pages for the cluster's shared memory (1 GB of buffers
 * and ~10% more), when running as root, as the bench installs ripgrep; otherwise it
 * says how. Every backend maps shared_buffers, and with 4 kB pages its first touch of
 * each page is a page fault: a fresh connection's first lookup of a quote ran 2-3×
 * slower than its second, with every buffer already in memory (bench/explain/
 * lookup-fresh-connections.txt). With 2 MB pages that cost nearly goes. The
 * reservation stays until reboot or until set back (sysctl -w vm.nr_hugepages=0).
 * BENCH_HUGE_PAGES=off leaves the kernel as it is.
 */
function reserveHugePages() {
  const file = "/proc/sys/vm/nr_hugepages";
  if (process.env.BENCH_HUGE_PAGES === "off" || !existsSync(file)) return;
  const pageKb = Number(/Hugepagesize:\s+(\d+) kB/.exec(readFileSync("/proc/meminfo", "utf8"))?.[1] ?? 0);
  if (!pageKb) return;
  const needed = Math.ceil((1.1 * 2 ** 30) / (pageKb * 1024));
  const current = Number(readFileSync(file, "utf8"));
  if (current >= needed) return;
  if (process.getuid?.() !== 0) {
    console.warn(`bench: PostgreSQL runs without huge pages; to give it some, as root: sysctl -w vm.nr_hugepages=${needed}`);
    return;
  }
  try {
    writeFileSync(file, String(needed));
    console.log(`bench: reserved ${readFileSync(file, "utf8").trim()} huge pages of ${pageKb} kB for the bench cluster's shared memory (vm.nr_hugepages)`);
  } catch (error) {
    console.warn(`bench: could not reserve huge pages (${error.message}); PostgreSQL runs without them`);
  }
}

async function configured(baseUrl) {
  const client = new pg.Client({ connectionString: `${baseUrl}/postgres` });
  await client.connect();
  try {
    let restart = false;
    for (const [name, value] of Object.entries(benchSettings)) {
      const { rows } = await client.query("SELECT setting, unit, context FROM pg_settings WHERE name = $1", [name]);
      const current = (await client.query(`SHOW ${name}`)).rows[0][name];
      if (current === value) continue;
      await client.query(`ALTER SYSTEM SET ${name} = '${value}'`);
      if (rows[0].context === "postmaster") restart = true;
    }
    await client.query("SELECT pg_reload_conf()");
    return !restart;
  } finally {
    await client.end();
  }
}

/** Starts the bench cluster on a free port (or `port`), restarting once if a setting needs it. */
export async function startBenchPostgres({ port } = {}) {
  reserveHugePages();
  const dir = dataDirectory("bench-postgres");
  let server = await startEmbeddedPostgres({ dir, port: port ?? (await freePort()) });
  if (!(await configured(server.baseUrl))) {
    await server.stop();
    server = await startEmbeddedPostgres({ dir, port: port ?? (await freePort()) });
  }
  return { ...server, dir };
}
