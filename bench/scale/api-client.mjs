// Times GET requests to the app's API from a process of its own, as an API client
// would call it: not from the benchmark's process, whose heap (a Prisma client, the
// recorded statements) makes its own garbage-collection pauses part of each sample.
// Input (stdin, JSON): { base, token, paths, rounds, budgetMs }. Each path is called
// once first (timed apart: statement texts new to the server's connections), then
// `rounds` times over all paths. Output (stdout, JSON): { first, samples, fetchSamples } in ms.
//
// The client is node:http on one kept-alive connection, asking for gzip and
// inflating the body in one call when it is whole, as curl and most HTTP libraries
// do. Node's own fetch (undici) is timed too, on the same paths, alternating call by
// call: its streams and its streamed inflating run on the same two cores as the
// server, and on 2026-12-07 it measured ~2 ms more at p50 and 2-3 ms more at p95
// than this client or curl over the same calls (bench/explain/lookup-api-clients.txt).
import http from "node:http";
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

const { base, token, paths, rounds, budgetMs } = JSON.parse(readFileSync(0, "utf8"));
const { hostname, port } = new URL(base);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function viaHttp(path) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const request = http.get({ hostname, port, path, agent, headers: { authorization: `Bearer ${token}`, "accept-encoding": "gzip" } }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        if (response.statusCode !== 200) return reject(new Error(`${path}: HTTP ${response.statusCode}`));
        const body = Buffer.concat(chunks);
        // The body is read, as a client would: inflated when it came gzipped.
        if (response.headers["content-encoding"] === "gzip") gunzipSync(body);
        resolve(performance.now() - start);
      });
    });
    request.on("error", reject);
  });
}

async function viaFetch(path) {
  const start = performance.now();
  const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  await response.arrayBuffer();
  return performance.now() - start;
}

const began = performance.now();
const first = [];
for (const path of paths) first.push(await viaHttp(path));
for (const path of paths) await viaFetch(path);
const samples = [];
const fetchSamples = [];
timing: for (let r = 0; r < rounds; r += 1) {
  for (const [i, path] of paths.entries()) {
    // Each client goes first on every other call.
    if ((i + r) % 2) {
      samples.push(await viaHttp(path));
      fetchSamples.push(await viaFetch(path));
    } else {
      fetchSamples.push(await viaFetch(path));
      samples.push(await viaHttp(path));
    }
    if (performance.now() - began > budgetMs) break timing;
  }
}
agent.destroy();
process.stdout.write(JSON.stringify({ first, samples, fetchSamples }));
