// Finds every /api/v1 route handler and server action in app/, so tests that must
// cover all of them (authorization matrix, property tests) cannot miss a new one.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

export const projectRoot = new URL("../../", import.meta.url).pathname;
const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

export type RouteHandler = (request: Request, context: { params: Promise<object> }) => Promise<Response>;
export type DiscoveredRoute = { key: string; method: string; path: string; handler: RouteHandler };

function filesNamed(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name === name)
    .map((e) => relative(projectRoot, join(e.parentPath, e.name)))
    .sort();
}

/** Every exported HTTP method of app/api/v1/**\/route.ts, keyed "METHOD /api/v1/…". */
export async function discoverRoutes(): Promise<DiscoveredRoute[]> {
  const found: DiscoveredRoute[] = [];
  for (const file of filesNamed(join(projectRoot, "app/api/v1"), "route.ts")) {
    const mod = (await import(/* @vite-ignore */ join(projectRoot, file))) as Record<string, unknown>;
    const path = "/" + file.replace(/^app\//, "").replace(/\/route\.ts$/, "");
    for (const method of methods) {
      if (typeof mod[method] === "function") found.push({ key: `${method} ${path}`, method, path, handler: mod[method] as RouteHandler });
    }
  }
  return found;
}

/** Every exported function of app/**\/actions.ts, keyed "file#name". */
export async function discoverActions<F>(): Promise<{ key: string; fn: F }[]> {
  const found: { key: string; fn: F }[] = [];
  for (const file of filesNamed(join(projectRoot, "app"), "actions.ts")) {
    const mod = (await import(/* @vite-ignore */ join(projectRoot, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (typeof value === "function") found.push({ key: `${file}#${name}`, fn: value as F });
  }
  return found;
}

/** The URL params of a route path, each from `valueFor(parentFolder, name)`. */
export function routeParams(path: string, valueFor: (parent: string, name: string) => string): Record<string, string> {
  const segments = path.split("/");
  return Object.fromEntries(segments.flatMap((s, i) => (s.startsWith("[") ? [[s.slice(1, -1), valueFor(segments[i - 1], s.slice(1, -1))]] : [])));
}
