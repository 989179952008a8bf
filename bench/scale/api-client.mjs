// Times GET requests to the app's API from a process of its own, as an API client
// would call it: not from the benchmark's process, whose heap (a Prisma client, the
// recorded statements) makes its own garbage-collection pauses part of each sample.
// Input (stdin, JSON): { base, token, paths, rounds, budgetMs }. Each path is called
// once first (timed apart: statement texts new to the server's connections), then
// `rounds` times over all paths. Output (stdout, JSON): { first, samples } in ms.
import { readFileSync } from "node:fs";

const { base, token, paths, rounds, budgetMs } = JSON.parse(readFileSync(0, "utf8"));

async function call(path) {
  const start = performance.now();
  const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  await response.arrayBuffer();
  return performance.now() - start;
}

const began = performance.now();
const first = [];
for (const path of paths) first.push(await call(path));
const samples = [];
timing: for (let r = 0; r < rounds; r += 1) {
  for (const path of paths) {
    samples.push(await call(path));
    if (performance.now() - began > budgetMs) break timing;
  }
}
process.stdout.write(JSON.stringify({ first, samples }));
