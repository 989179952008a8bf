// The benchmark's data set generator (bench/generate.ts) against the current schema, at
// a thousandth of its size: `npm run bench` does not run in CI, and a constraint added
// by a migration (Rating_one_current_key) once made the full generator fail on a fresh
// clone while every run before it had reused a data set made earlier.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase, dropScratchDatabase, loadMigrator, projectRoot, withClient } from "../support/catalog";

const TIMEOUT = 180_000;
const SCALE = "0.001";

describe("the benchmark's data set generator", () => {
  const scratch: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), "cc-bench-"));
  afterAll(async () => {
    for (const name of scratch) await dropScratchDatabase(name);
    rmSync(dir, { recursive: true, force: true });
  }, TIMEOUT);

  const generate = (url: string, infoFile: string) =>
    promisify(execFile)(process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/generate.ts"], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: url, BENCH_SCALE: SCALE, BENCH_INFO_FILE: infoFile },
      maxBuffer: 16 * 1024 * 1024,
    });

  it(
    "loads a small data set into a migrated database with every constraint and index back, then reuses it",
    async () => {
      const database = await createScratchDatabase("bench");
      scratch.push(database.name);
      await (await loadMigrator()).migrate(database.url, { log: () => {} });

      const catalog = () =>
        withClient(database.url, async (client) => ({
          indexes: (await client.query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_bench_dataset' ORDER BY 1`)).rows.map((r) => r.indexname),
          constraints: (await client.query(`SELECT conname FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conname NOT LIKE '\\_bench%' ORDER BY 1`)).rows.map((r) => r.conname),
          triggers: (await client.query(`SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D' ORDER BY 1`)).rows.map((r) => r.tgname),
        }));
      const before = await catalog();
      expect(before.indexes).toContain("Rating_one_current_key");

      const infoFile = join(dir, "dataset.json");
      const first = await generate(database.url, infoFile);
      expect(first.stdout).toContain('"section":"Data set"');
      const info = JSON.parse(readFileSync(infoFile, "utf8"));
      expect(info.sizes).toMatchObject({ sources: 100, passages: 1000, claims: 200, ratings: 500 });

      await withClient(database.url, async (client) => {
        const count = async (table: string) => Number((await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
        expect(await count("Source")).toBe(100);
        expect(await count("Excerpt")).toBe(1000);
        expect(await count("Rating")).toBe(500);
      });

      // What the generator takes off for the load (indexes, keys, triggers) is all back
      // (its own marker table, _bench_dataset, aside).
      expect(await catalog()).toEqual(before);

      const second = await generate(database.url, infoFile);
      expect(second.stdout).toContain("reused from an earlier run");
    },
    TIMEOUT,
  );
});
