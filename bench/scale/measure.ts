// Timing and reporting shared by the scale benchmarks. A result is one `BENCH {json}`
// line on stdout; scripts/bench.mjs turns them into the tables of bench/RESULTS.md.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DatasetInfo } from "./dataset";

export type Row = {
  section: string;
  metric: string;
  p50?: number;
  p95?: number;
  p99?: number;
  /** A single figure (seconds, kB, MB…) when percentiles do not apply. */
  value?: number;
  unit?: string;
  throughput?: string;
  target?: string;
  pass?: boolean | null;
  baseline?: string;
  ratio?: number;
  note?: string;
};

export function report(row: Row) {
  console.log(`BENCH ${JSON.stringify(row)}`);
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

export function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return { p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), n: sorted.length };
}

/**
 * Runs `fn` on the first `warmUp` inputs once to warm up, then `rounds` times over
 * all inputs; milliseconds per call. Stops early once `budgetMs` is spent (at least
 * one sample), so a pathological case is reported, not waited out.
 */
export async function timeEach<T>(
  inputs: T[],
  fn: (input: T) => Promise<unknown>,
  rounds = 3,
  budgetMs = Number(process.env.BENCH_BUDGET_MS ?? 20_000),
  warmUp = 3,
): Promise<number[]> {
  const began = performance.now();
  for (const input of inputs.slice(0, warmUp)) {
    await fn(input);
    if (performance.now() - began > budgetMs / 3) break;
  }
  const samples: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const input of inputs) {
      const start = performance.now();
      await fn(input);
      samples.push(performance.now() - start);
      if (performance.now() - began > budgetMs) return samples;
    }
  }
  return samples;
}

/** The generated workspace (written by the runner next to the data set marker). */
export function datasetInfo(): DatasetInfo {
  return JSON.parse(readFileSync(process.env.BENCH_INFO_FILE!, "utf8")) as DatasetInfo;
}

export const serverUrl = () => process.env.BENCH_SERVER_URL!;

/** Milliseconds per call: see timeApiFromOwnProcess. */
export type ApiTimings = { first: number[]; samples: number[]; fetchSamples: number[] };

/**
 * GETs of the app's API timed from a client process of its own (api-client.mjs), as
 * an API client calls it: each path once (`first`), then `rounds` times over all
 * (`samples`), and the same calls through Node's fetch (`fetchSamples`). The
 * benchmarks run from the project root (scripts/bench.mjs).
 */
export function timeApiFromOwnProcess(paths: string[], token: string, rounds = 3): ApiTimings {
  const input = JSON.stringify({ base: serverUrl(), token, paths, rounds, budgetMs: Number(process.env.BENCH_BUDGET_MS ?? 20_000) });
  const child = spawnSync(process.execPath, [join(process.cwd(), "bench/scale/api-client.mjs")], { input, encoding: "utf8", maxBuffer: 16 * 2 ** 20 });
  if (child.status !== 0) throw new Error(`api-client.mjs failed: ${child.stderr || child.error}`);
  return JSON.parse(child.stdout) as ApiTimings;
}

export function meets(p95: number, limitMs: number) {
  return p95 <= limitMs;
}
