// First-load JavaScript per page, from the build's manifests: the root chunks every
// page loads (build-manifest rootMainFiles; not polyfillFiles, which Next serves as
// <script nomodule> that current browsers skip, as its old build report did) plus the page's own client
// entry chunks (page_client-reference-manifest entryJSFiles), each gzipped at level 9
// and counted once. Next 16 no longer prints these sizes after `next build`.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import vm from "node:vm";

function manifests(dir) {
  const out = [];
  const visit = (d) => {
    for (const entry of readdirSync(d)) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) visit(path);
      else if (entry === "page_client-reference-manifest.js") out.push(path);
    }
  };
  visit(dir);
  return out;
}

export function firstLoadJs(distDir) {
  const build = JSON.parse(readFileSync(join(distDir, "build-manifest.json"), "utf8"));
  const shared = [...new Set(build.rootMainFiles ?? [])];
  const sizes = new Map();
  const gz = (file) => {
    if (!sizes.has(file)) {
      const path = join(distDir, file);
      sizes.set(file, existsSync(path) ? gzipSync(readFileSync(path), { level: 9 }).length : 0);
    }
    return sizes.get(file);
  };
  const appDir = join(distDir, "server/app");
  const rows = [];
  for (const file of manifests(appDir)) {
    const route = `/${relative(appDir, file).replace(/\/?page_client-reference-manifest\.js$/, "")}`.replace(/\/$/, "") || "/";
    const sandbox = { globalThis: {} };
    sandbox.self = sandbox.globalThis;
    vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
    const manifest = Object.values(sandbox.globalThis.__RSC_MANIFEST ?? {})[0] ?? {};
    const own = Object.values(manifest.entryJSFiles ?? {}).flat().map((f) => f.replace(/^\/?_next\//, "").replace(/^\//, ""));
    const files = [...new Set([...shared, ...own])];
    rows.push({ route, kB: Math.round(files.reduce((sum, f) => sum + gz(f), 0) / 102.4) / 10, files: files.length });
  }
  return rows.sort((a, b) => a.route.localeCompare(b.route));
}
