// The production build served by `next start` against the scale database, for the
// benchmarks that go through HTTP.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ensureNextBuild } from "../../scripts/lib/build.mjs";
import { freePort, projectRoot } from "../../scripts/lib/postgres.mjs";

/** The build directory, built first if needed (NEXT_DIST_DIR builds beside .next; BENCH_REBUILD=1 forces it). */
export function ensureBuild() {
  const custom = process.env.NEXT_DIST_DIR;
  if (!custom) {
    ensureNextBuild();
    return join(projectRoot, ".next");
  }
  const dir = join(projectRoot, custom);
  if (process.env.BENCH_REBUILD === "1" || !existsSync(join(dir, "BUILD_ID"))) {
    const build = spawn(process.execPath, ["node_modules/next/dist/bin/next", "build"], { cwd: projectRoot, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    return new Promise((resolve, reject) => build.on("exit", (code) => (code === 0 ? resolve(dir) : reject(new Error(`next build exited ${code}`)))));
  }
  return dir;
}

export async function startServer(databaseUrl) {
  const port = Number(process.env.BENCH_PORT ?? (await freePort()));
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: projectRoot,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: url,
    },
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/auth/csrf`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error("next start did not answer within 120 s");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    pid: child.pid,
    stop: () => new Promise((resolve) => {
      child.once("exit", resolve);
      child.kill("SIGTERM");
    }),
  };
}
