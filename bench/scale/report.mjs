// Turns the benchmarks' `BENCH {json}` lines into bench/RESULTS.md: the machine,
// date and versions, then one table per section with each figure beside its target
// and baseline, then why each missed target was missed (bench/scale/misses.mjs).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../scripts/lib/postgres.mjs";
import { explainMiss } from "./misses.mjs";

/** Rows from a benchmark's output; older benchmarks' lines (name + fields) become a row each. */
export function rowsOf(file, out) {
  const lines = out.split("\n").map((l) => l.trim()).filter(Boolean);
  const rows = [];
  for (const line of lines.filter((l) => l.startsWith("BENCH "))) {
    const data = JSON.parse(line.slice(6));
    if (data.section) rows.push(data);
    else {
      const { name, p50Ms, p95Ms, docsPerSecond, ...rest } = data;
      rows.push({ section: "Small-scale benchmarks (fresh database each)", metric: name ?? file, p50: p50Ms, p95: p95Ms, throughput: docsPerSecond !== undefined ? `${docsPerSecond} docs/s` : undefined, note: JSON.stringify(rest) });
    }
  }
  if (!rows.length) rows.push(...lines.slice(-3).map((line) => ({ section: "Small-scale benchmarks (fresh database each)", metric: file, note: line })));
  return rows;
}

const version = (pkg) => {
  try {
    return JSON.parse(readFileSync(join(projectRoot, "node_modules", pkg, "package.json"), "utf8")).version;
  } catch {
    return "?";
  }
};
const tool = (command, args) => {
  try {
    return execFileSync(command, args, { encoding: "utf8" }).split("\n")[0].trim();
  } catch {
    return "missing";
  }
};

const cellOf = (v) => (v === undefined || v === null || Number.isNaN(v) ? "" : String(v).replace(/\|/g, "\\|").replace(/\n/g, " "));

export function renderResults({ rows, startedAt, seconds, postgresVersion, settings, loadBefore }) {
  const machine = `${cpus()[0]?.model.trim() ?? "unknown CPU"}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${process.platform}`;
  const versions = `Node ${process.version}, Next.js ${version("next")}, Prisma ${version("@prisma/client")}, pg ${version("pg")}, ${postgresVersion}, autocannon ${version("autocannon")}, ${tool("rg", ["--version"])}`;
  const out = [
    "# Benchmark results",
    "",
    "Written by `npm run bench` (scripts/bench.mjs); compare runs with `git diff bench/RESULTS.md`. Times are wall-clock milliseconds unless a unit is given.",
    "",
    `- **Date:** ${startedAt.toISOString().replace("T", " ").slice(0, 16)} UTC, ${Math.round(seconds)} s for the whole run`,
    `- **Machine:** ${machine}; load average ${loadBefore.map((l) => l.toFixed(1)).join(" / ")} at the start and ${loadavg().map((l) => l.toFixed(1)).join(" / ")} at the end (1/5/15 min). The cores are shared: a load average well above 2 means other work competed with every figure below.`,
    `- **Versions:** ${versions}`,
    `- **PostgreSQL settings (bench cluster):** ${Object.entries(settings).map(([k, v]) => `${k}=${v}`).join(", ")}`,
    "",
  ];
  const sections = [...new Set(rows.map((r) => r.section))];
  for (const section of sections) {
    out.push(`## ${section}`, "", "| Metric | p50 | p95 | p99 | Throughput / value | Target | Result | Baseline | Ratio | Note |", "| --- | ---: | ---: | ---: | --- | --- | --- | --- | ---: | --- |");
    for (const r of rows.filter((x) => x.section === section)) {
      const value = r.value !== undefined ? `${r.value} ${r.unit ?? ""}`.trim() : r.throughput;
      const result = r.pass === true ? "pass" : r.pass === false ? "**miss**" : "";
      out.push(`| ${[r.metric, r.p50, r.p95, r.p99, value, r.target, result, r.baseline, r.ratio, r.note].map(cellOf).join(" | ")} |`);
    }
    out.push("");
  }
  const misses = rows.filter((r) => r.pass === false);
  out.push("## Missed targets: why, and what it would take", "");
  if (!misses.length) out.push("None in this run.");
  // One entry per reason, naming every figure it covers (33 routes share one reason).
  const byReason = new Map();
  for (const r of misses) byReason.set(explainMiss(r), [...(byReason.get(explainMiss(r)) ?? []), r]);
  for (const [reason, missed] of byReason) out.push(`- ${missed.map((r) => `**${r.metric}**${r.target ? ` (${r.target})` : ""}`).join(", ")}: ${reason}`);
  out.push("");
  const explainDir = join(projectRoot, "bench/explain");
  if (existsSync(explainDir)) {
    out.push("## Query plans (EXPLAIN ANALYZE, BUFFERS)", "", "Kept with the results so index and query choices rest on measurements:", "");
    for (const file of readdirSync(explainDir).filter((f) => f.endsWith(".txt")).sort()) {
      out.push(`- [bench/explain/${file}](explain/${file}): ${readFileSync(join(explainDir, file), "utf8").split("\n")[0].replace(/^# /, "")}`);
    }
    out.push("");
  }
  return out.join("\n");
}
