// The benchmark's own embedded PostgreSQL: a persistent cluster in .data/bench-postgres
// (the scale data set survives between runs), with the settings a production server
// of this size would have rather than initdb's minimal defaults.
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
};

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
  const dir = dataDirectory("bench-postgres");
  let server = await startEmbeddedPostgres({ dir, port: port ?? (await freePort()) });
  if (!(await configured(server.baseUrl))) {
    await server.stop();
    server = await startEmbeddedPostgres({ dir, port: port ?? (await freePort()) });
  }
  return { ...server, dir };
}
