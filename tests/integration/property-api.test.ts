// Property-based tests: thousands of generated inputs thrown at every /api/v1 route
// (found by globbing, so new routes are covered). Whatever arrives, the answer is never
// a 5xx, a refusal is a 4xx whose message names the field, and a refusal stores nothing.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "../../lib/auth/api-tokens";
import { auditCount } from "../support/api";
import { makeWorld, paramFor, type World } from "../support/authz-world";
import { discoverRoutes, routeParams, type DiscoveredRoute } from "../support/route-discovery";

// Runs per route; PROPERTY_RUNS raises it for a longer soak (e.g. 300).
const runs = Number(process.env.PROPERTY_RUNS ?? 30);

const fieldNames = [
  "id", "version", "statement", "kind", "title", "text", "name", "role", "email", "claimId", "sourceId", "excerptId", "start", "end",
  "exact", "scale", "value", "rationale", "stance", "note", "proposition", "summary", "status", "occurredOn", "province", "killedBest",
  "cells", "hypothesisId", "evidenceId", "consistency", "judgmentId", "itemId", "userId", "membershipId", "publisher", "url", "madeAt",
  "__proto__", "constructor", "prototype", "toString",
];

const nasty = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }), // any code point, NUL and lone surrogates included
  fc.constantFrom("\u0000", "a\u0000b", "\uD800", "😀".repeat(3), "' OR 1=1 --", "<script>alert(1)</script>", "=cmd|' /C calc'!A0", "../../etc/passwd", "x".repeat(20_000), " "),
  fc.integer(),
  fc.constantFrom(0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.5, Number.MAX_SAFE_INTEGER),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), { maxLength: 4 }),
  fc.dictionary(fc.constantFrom(...fieldNames), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);

const jsonBody = fc.dictionary(fc.oneof(fc.constantFrom(...fieldNames), fc.string({ maxLength: 12 })), nasty, { maxKeys: 6 }).map((o) => JSON.stringify(o));
const body = fc.oneof(
  { weight: 6, arbitrary: jsonBody },
  { weight: 1, arbitrary: fc.constantFrom("", "{", "[]", "null", "42", '"text"', '{"version": 1e999}', '{"__proto__": {"polluted": true}}', '{"a":'.repeat(50)) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
);
const param = (real: string) => fc.oneof({ weight: 3, arbitrary: fc.constant(real) }, { weight: 1, arbitrary: fc.oneof(fc.string({ unit: "binary", maxLength: 30 }), fc.constantFrom("\u0000", "x".repeat(300), "%00", "..", "🙂")) });
const query = fc.dictionary(fc.constantFrom("q", "claimId", "sourceId", "version", "kind", "from", "to", "province", "limit", "cursor", "status"), fc.string({ unit: "binary", maxLength: 20 }), { maxKeys: 3 });

let world: World;
let token: string;
let routes: DiscoveredRoute[];

beforeAll(async () => {
  [world, routes] = await Promise.all([makeWorld(), discoverRoutes()]);
  // The owner may do everything, so inputs get past authorization and reach validation.
  const { db } = await import("../../lib/db/client");
  const owner = await db.membership.findFirstOrThrow({ where: { workspaceId: world.workspace, role: "OWNER" } });
  token = (await createApiToken({ userId: owner.userId }, world.workspace, { name: "property tests" })).token;
}, 180_000);

type Reply = { status: number; body: { error?: { code?: unknown; message?: unknown; fields?: Record<string, unknown> } } | null };

/** Calls a handler as Next would; reads JSON replies, and only the status of others (CSV, event streams). */
async function send(route: DiscoveredRoute, params: Record<string, string>, q: Record<string, string>, rawBody?: string): Promise<Reply> {
  const url = new URL("http://localhost/api/v1/property");
  for (const [k, v] of Object.entries(q)) url.searchParams.set(k, v);
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (rawBody !== undefined) headers["content-type"] = "application/json";
  try {
    const response = await route.handler(new Request(url, { method: route.method, headers, body: rawBody }), { params: Promise.resolve(params) });
    if (!(response.headers.get("content-type") ?? "").includes("json")) {
      await response.body?.cancel();
      return { status: response.status, body: null };
    }
    return { status: response.status, body: await response.json() };
  } catch (error) {
    return { status: 599, body: { error: { message: `threw: ${String(error)}` } } };
  }
}

function checkReply(route: string, status: number, reply: { error?: { code?: unknown; message?: unknown; fields?: Record<string, unknown> } } | null) {
  expect(status, `${route} answered ${status}: ${JSON.stringify(reply).slice(0, 300)}`).toBeLessThan(500);
  if (status < 400) return;
  const message = String(reply?.error?.message ?? "");
  expect(message.length, `${route} ${status} without a message`).toBeGreaterThan(0);
  if (status === 400) {
    const fields = Object.keys(reply?.error?.fields ?? {});
    expect(fields.length, `${route} 400 names no field: ${message}`).toBeGreaterThan(0);
    expect(fields.some((f) => f === "_" || message.includes(f)), `${route} message does not name its field: ${message}`).toBe(true);
  }
}

describe("every API route under generated input", () => {
  it("never answers 5xx, names the field it refuses, and stores nothing when it refuses", { timeout: 900_000 }, async () => {
    let calls = 0;
    const failures: string[] = [];
    for (const route of routes) {
      const realParams = routeParams(route.path, (parent, name) => paramFor(world, parent, name));
      const paramArb = fc.record(Object.fromEntries(Object.entries(realParams).map(([k, v]) => [k, k === "workspace" ? fc.constant(v) : param(v)])));
      const outcome = await fc.check(
        fc.asyncProperty(paramArb, body, query, async (params, rawBody, q) => {
          const before = await auditCount(world.workspace);
          const sendsBody = route.method !== "GET";
          const result = await send(route, params, q, sendsBody ? rawBody : undefined);
          calls += 1;
          checkReply(route.key, result.status, result.body);
          if (result.status >= 400) expect(await auditCount(world.workspace), `${route.key} stored something on ${result.status}`).toBe(before);
          expect(({} as Record<string, unknown>).polluted, "Object.prototype was polluted").toBeUndefined();
        }),
        { numRuns: runs },
      );
      if (outcome.failed) {
        const reason = outcome.errorInstance instanceof Error ? outcome.errorInstance.message.split("\n")[0] : String(outcome.errorInstance);
        failures.push(`${route.key}: ${reason.slice(0, 400)} — input ${JSON.stringify(outcome.counterexample).slice(0, 200)}`);
      }
    }
    // Every route's first counterexample (shrunk), so one run shows all there is to fix.
    expect(failures).toEqual([]);
    expect(calls).toBeGreaterThanOrEqual(routes.length * runs);
  });
});
