// `npm start`: database (embedded unless DATABASE_URL), migrations, demo data,
// production build when the sources changed, then the server on port 3000.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ensureNextBuild, ensurePrismaClient } from "./lib/build.mjs";
import { openAppDatabase, prepareDatabase, sessionSecret } from "./lib/database.mjs";
import { projectRoot } from "./lib/postgres.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = Number(process.env.PORT ?? 3000);

const database = await openAppDatabase();
let server;
const shutdown = async (code = 0) => {
  server?.kill("SIGTERM");
  await database.stop().catch(() => {});
  process.exit(code);
};
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

try {
  ensurePrismaClient();
  await prepareDatabase(database.url);
  ensureNextBuild();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}

server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
  cwd: projectRoot,
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: sessionSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  },
});
server.on("exit", (code) => shutdown(code ?? 0));

const demo = JSON.parse(readFileSync(join(projectRoot, "prisma/demo/users.json"), "utf8"));
console.log(
  [
    "",
    `Counterclaim is starting on http://localhost:${port}`,
    `Demo workspace sign-in (password for every user: ${demo.password}):`,
    ...demo.users.map((user) => `  ${user.key.padEnd(9)} ${user.email}`),
    "",
  ].join("\n"),
);
