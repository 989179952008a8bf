// Generates the Prisma client and builds the Next.js app only when their inputs changed,
// so a second `npm start` is quick.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { projectRoot } from "./postgres.mjs";

function hashInputs(paths) {
  const hash = createHash("sha256");
  const visit = (path) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (entry === "generated" || entry === "node_modules" || entry.startsWith(".")) continue;
        visit(join(path, entry));
      }
    } else {
      hash.update(relative(projectRoot, path));
      hash.update(readFileSync(path));
    }
  };
  for (const path of paths) visit(join(projectRoot, path));
  return hash.digest("hex");
}

function upToDate(stampFile, inputs) {
  const digest = hashInputs(inputs);
  const fresh = existsSync(stampFile) && readFileSync(stampFile, "utf8") === digest;
  return { fresh, save: () => writeFileSync(stampFile, digest) };
}

const run = (command, args, env = {}) =>
  execFileSync(command, args, { cwd: projectRoot, stdio: "inherit", env: { ...process.env, ...env } });

export function ensurePrismaClient() {
  const stamp = upToDate(join(projectRoot, "lib/db/generated/.inputs"), ["prisma/schema.prisma", "package-lock.json"]);
  if (stamp.fresh) return;
  // `generate` needs no schema engine, but the Prisma 7 CLI tries to download one
  // unless told where one is; any executable satisfies the check.
  run(process.execPath, ["node_modules/prisma/build/index.js", "generate"], { PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false", PRISMA_HIDE_UPDATE_MESSAGE: "1" });
  stamp.save();
}

export function ensureNextBuild() {
  ensurePrismaClient();
  // next.config.js builds into NEXT_DIST_DIR when set, so parallel work can keep its own build.
  const distDir = join(projectRoot, process.env.NEXT_DIST_DIR || ".next");
  const stamp = upToDate(join(distDir, ".counterclaim-inputs"), [
    "app", "components", "lib", "prisma/schema.prisma", "next.config.js", "package-lock.json", "tsconfig.json",
  ]);
  if (stamp.fresh && existsSync(join(distDir, "BUILD_ID"))) return false;
  run(process.execPath, ["node_modules/next/dist/bin/next", "build"], { NEXT_TELEMETRY_DISABLED: "1" });
  stamp.save();
  return true;
}
