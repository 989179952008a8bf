// Pages under load: the dispute page (a board of 20 claims), the source reader (a
// 50-page source with 200 excerpts) and the workspace home, each hit by autocannon
// from this process (the server is another) with 1, 10 and 50 connections, signed
// in as an editor. Latency is server response time as autocannon measures it on
// loopback; errors are socket errors, timeouts and non-2xx answers. The server's
// memory (all its processes) is sampled throughout.
import { readdirSync, readFileSync } from "node:fs";
import autocannon from "autocannon";
import { datasetInfo, percentiles, report, round, serverUrl } from "./measure";

const info = datasetInfo();
const base = serverUrl();
const section = "Pages under load";
const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 10);

async function signIn(email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = csrfResponse.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, origin: base },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`Sign-in failed: HTTP ${response.status}`);
  return session.split(";")[0];
}

/** Resident memory of a process and its descendants, in MB. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let kb = 0;
  const visit = (pid: number) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      return;
    }
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return kb / 1024;
}

function load(path: string, cookie: string, connections: number): Promise<{ samples: number[]; errors: number; requests: number; rps: number }> {
  return new Promise((resolve, reject) => {
    const samples: number[] = [];
    const instance = autocannon(
      { url: `${base}${path}`, connections, duration: seconds, timeout: 30, headers: { cookie } },
      (error: Error | null, result: { errors: number; timeouts: number; non2xx: number; requests: { total: number; average: number } }) => {
        if (error) return reject(error);
        resolve({ samples, errors: result.errors + result.timeouts + result.non2xx, requests: result.requests.total, rps: result.requests.average });
      },
    );
    instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
      if (status < 400) samples.push(ms);
    });
  });
}

async function main() {
  const cookie = await signIn("analyst1@bench.counterclaim.test", info.password);
  const pages = [
    { name: "dispute page (20 claims)", path: `/w/${info.workspaceSlug}/disputes/${info.disputeId}`, targeted: true },
    { name: "source reader (50 pages, 200 excerpts)", path: `/w/${info.workspaceSlug}/sources/${info.longSourceId}`, targeted: true },
    { name: "workspace home", path: `/w/${info.workspaceSlug}`, targeted: false },
  ];
  const serverPid = Number(process.env.BENCH_SERVER_PID);
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(serverPid))), 250);
  const before = treeRss(serverPid);
  for (const page of pages) {
    const probe = await fetch(`${base}${page.path}`, { headers: { cookie } });
    const html = await probe.text();
    if (!probe.ok) throw new Error(`${page.path}: HTTP ${probe.status}`);
    const note = `${Math.round(html.length / 1024)} kB of HTML`;
    for (const connections of [1, 10, 50]) {
      const r = await load(page.path, cookie, connections);
      const p = percentiles(r.samples.length ? r.samples : [NaN]);
      const target = !page.targeted ? undefined : connections === 10 ? "p95 ≤ 150 ms" : connections === 50 ? "no errors" : undefined;
      const pass = !page.targeted ? null : r.requests === 0 ? false : connections === 10 ? p.p95 <= 150 && r.errors === 0 : connections === 50 ? r.errors === 0 : null;
      report({ section, metric: `${page.name}, ${connections} concurrent`, ...p, throughput: `${round(r.rps)} req/s, ${r.requests} requests, ${r.errors} errors`, target, pass, note: r.requests === 0 ? `no response finished within the ${seconds} s run` : connections === 1 ? note : undefined });
    }
  }
  clearInterval(sampler);
  const hwm = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${serverPid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  report({ section: "Server memory", metric: "peak RSS of the server during the load runs (all its processes, sampled every 250 ms)", value: Math.round(peak), unit: "MB", note: `${Math.round(before)} MB before the runs; VmHWM of the main process ${Math.round(hwm)} MB` });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
