// Runs the production server (`next start`) as a child process for scripted tests,
// keeping its output so a failure can show what the server said.
import { spawn } from "node:child_process";
import { projectRoot } from "./postgres.mjs";

/** Polls `url` until it answers (any status below 500) or `timeoutMs` passes. */
export async function waitForHttp(url, { timeoutMs = 120_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Starts `next start` on 127.0.0.1:`port` against `databaseUrl`. Its own process group,
 * so stop() ends the server and anything it spawned, and nothing else.
 */
export async function startAppServer({ databaseUrl, port, env = {} }) {
  const baseUrl = `http://127.0.0.1:${port}`;
  const lines = [];
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: projectRoot,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: "resilience-secret-that-is-long-enough-0123456789",
      NEXTAUTH_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
  });
  let exit = null;
  const exited = new Promise((resolve) => {
    child.on("exit", (code, signal) => {
      exit = { code, signal, at: Date.now() };
      resolve(exit);
    });
  });
  for (const stream of [child.stdout, child.stderr]) {
    let rest = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk) => {
      const parts = (rest + chunk).split("\n");
      rest = parts.pop();
      lines.push(...parts);
    });
  }
  const stop = async () => {
    if (exit) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await Promise.race([
      waitForHttp(`${baseUrl}/signin`),
      exited.then((e) => {
        throw new Error(`next start exited (code ${e.code}, signal ${e.signal}) before answering:\n${lines.slice(-30).join("\n")}`);
      }),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  /** Whether the server is still running; `exit` says how it ended if not. */
  return { baseUrl, lines, stop, get exit() { return exit; } };
}
