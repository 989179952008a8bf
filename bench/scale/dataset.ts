// What the scale data set is: its size, seed and version, and the marker table
// that says a database already holds it (so a second `npm run bench` skips the load).
import pg from "pg";

// 2: at most one current rating per rater, thing and scale (the unique index of 2026-12-07).
export const GENERATOR_VERSION = 2;
export const SEED = 20261124;

const full = { sources: 100_000, passages: 1_000_000, claims: 200_000, disputes: 20_000, incidents: 50_000, ratings: 500_000 };
export type Sizes = typeof full & { users: number; evidence: number };

/** BENCH_SCALE (default 1) shrinks the data set for a quick trial run. */
export function sizes(scale = Number(process.env.BENCH_SCALE ?? 1)): Sizes {
  const n = (v: number) => Math.max(1, Math.round(v * scale));
  return {
    sources: n(full.sources), passages: Math.max(n(full.passages), 400), claims: n(full.claims), disputes: n(full.disputes),
    incidents: n(full.incidents), ratings: n(full.ratings), users: 20, evidence: n(100_000),
  };
}

/** What the benchmarks need to know about the generated workspace. */
export type DatasetInfo = {
  workspaceSlug: string;
  workspaceId: string;
  email: string;
  password: string;
  apiToken: string;
  ownerId: string;
  disputeId: string;
  longSourceId: string;
  sampleExcerptIds: string[];
  sizes: Sizes;
  loadSeconds: number;
};

export const BENCH_PASSWORD = "bench-password-2026!";

const markerKey = (s: Sizes) => `v${GENERATOR_VERSION} seed ${SEED} ${JSON.stringify(s)}`;

export async function readDataset(url: string, s: Sizes = sizes()): Promise<DatasetInfo | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT to_regclass('"_bench_dataset"') AS t`);
    if (!rows[0].t) return null;
    const found = await client.query(`SELECT info FROM "_bench_dataset" WHERE key = $1`, [markerKey(s)]);
    return found.rows[0]?.info ?? null;
  } finally {
    await client.end();
  }
}

export async function writeMarker(client: pg.Client, info: DatasetInfo) {
  await client.query(`CREATE TABLE IF NOT EXISTS "_bench_dataset" (key text PRIMARY KEY, info jsonb NOT NULL, loaded_at timestamptz NOT NULL DEFAULT now())`);
  await client.query(`INSERT INTO "_bench_dataset" (key, info) VALUES ($1, $2)`, [markerKey(info.sizes), info]);
}
