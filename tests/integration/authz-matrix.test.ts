// Every route handler and server action x every kind of caller, asserting allow or
// deny from the one table in tests/support/authz-table.ts. A route or action
// without a row fails here, so nothing new ships unchecked.
import { getServerSession } from "next-auth";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { roleAllows } from "../../lib/auth/roles";
import { isAppError } from "../../lib/errors";
import { callApi } from "../support/api";
import { actionRows, routeRows, type ActionFn, type Cell, type Need } from "../support/authz-table";
import { makeWorld, paramFor, worldForm, type World } from "../support/authz-world";
import { snapshot } from "../support/more-factories";
import { discoverActions, discoverRoutes, routeParams, type DiscoveredRoute } from "../support/route-discovery";

vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<typeof import("next-auth")>()), getServerSession: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
const session = vi.mocked(getServerSession);

const cells: Cell[] = ["owner", "editor", "reviewer", "viewer", "otherOwner", "otherEditor", "otherReviewer", "otherViewer", "nonMember", "signedOut"];
const roleOf: Partial<Record<Cell, "OWNER" | "EDITOR" | "REVIEWER" | "VIEWER">> = { owner: "OWNER", editor: "EDITOR", reviewer: "REVIEWER", viewer: "VIEWER" };

function expected(need: Need, cell: Cell, override?: "allow" | "deny"): "allow" | "deny" {
  if (override) return override;
  if (cell === "signedOut") return "deny";
  if (need === "signedIn" || need === "self") return "allow";
  const role = roleOf[cell];
  return role && roleAllows(role, need) ? "allow" : "deny";
}

function signInAs(world: World, cell: Cell) {
  const userId = world.users[cell];
  session.mockReset();
  session.mockResolvedValue(userId ? { user: { id: userId }, expires: new Date(Date.now() + 3_600_000).toISOString() } : null);
}

// A denial is the guard's answer: signed out, a role too low, or a workspace the caller cannot see.
// Anything else (2xx, or 400/404/409 about the input) means the caller got past authorization.
const denialMessage = /^(Sign in|Your role \(\w+\) cannot|Workspace not found|An API token cannot)/;

async function outcomeOfRoute(world: World, route: DiscoveredRoute, method: string, cell: Cell) {
  const params = routeParams(route.path, (parent, name) => paramFor(world, parent, name));
  signInAs(world, cell);
  const row = routeRows[`${method} ${route.path}`];
  const headers: Record<string, string> = { ...row.headers };
  if (cell !== "signedOut") headers.cookie = "next-auth.session-token=matrix";
  const input = row.rawBody !== undefined ? { rawBody: row.rawBody } : method === "GET" || method === "DELETE" ? {} : { body: row.body?.(world) ?? {} };
  const result = await callApi(route.handler, method, { params, headers, ...input }).catch(
    (error: unknown) => ({ status: 0, body: { error: { message: String(error) } } }),
  );
  const message = String(result.body?.error?.message ?? "");
  const denied = result.status === 401 || result.status === 403 || (result.status === 404 && denialMessage.test(message));
  return { outcome: denied ? "deny" : "allow", detail: `${result.status} ${message}`.slice(0, 160) };
}

async function outcomeOfAction(world: World, fn: ActionFn, row: (typeof actionRows)[string], cell: Cell) {
  signInAs(world, cell);
  const form = worldForm(world, row.form?.(world));
  const fallback = (f: ActionFn) => {
    const call = f as (...a: unknown[]) => Promise<unknown>;
    if (row.id) return call(world.workspace, row.id(world), world.state, form);
    return f.length >= 3 ? call(world.workspace, world.state, form) : call(world.state, form);
  };
  try {
    const state = (await (row.invoke ? row.invoke(fn, world, form) : fallback(fn))) as { ok?: boolean; message?: string } | undefined;
    const message = state?.message ?? "";
    return { outcome: state?.ok === false && denialMessage.test(message) ? "deny" : "allow", detail: message.slice(0, 160) };
  } catch (error) {
    const digest = String((error as { digest?: unknown })?.digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return { outcome: "allow", detail: digest };
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK")) return { outcome: "deny", detail: digest };
    if (isAppError(error)) return { outcome: denialMessage.test(error.message) ? "deny" : "allow", detail: error.message };
    throw error;
  }
}

let world: World;
let routes: Awaited<ReturnType<typeof discoverRoutes>>;
let actions: { key: string; fn: ActionFn }[];

beforeAll(async () => {
  [world, routes, actions] = await Promise.all([makeWorld(), discoverRoutes(), discoverActions<ActionFn>()]);
}, 120_000);

describe("authorization matrix", () => {
  it("has a row for every route handler and server action, and none for ones that are gone", () => {
    const missingRoutes = routes.map((r) => r.key).filter((k) => !(k in routeRows));
    const missingActions = actions.map((a) => a.key).filter((k) => !(k in actionRows));
    expect(missingRoutes, "add these to routeRows in tests/support/authz-table.ts").toEqual([]);
    expect(missingActions, "add these to actionRows in tests/support/authz-table.ts").toEqual([]);
    expect(Object.keys(routeRows).filter((k) => !routes.some((r) => r.key === k)), "stale routeRows").toEqual([]);
    expect(Object.keys(actionRows).filter((k) => !actions.some((a) => a.key === k)), "stale actionRows").toEqual([]);
  });

  it("allows and denies every route handler as the table says, storing nothing when it denies", { timeout: 300_000 }, async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const row = routeRows[route.key];
      if (!row) continue;
      const method = route.key.split(" ")[0];
      for (const cell of cells) {
        const want = expected(row.need, cell, row.expect?.[cell]);
        const before = want === "deny" ? await snapshot(world.workspace) : null;
        const got = await outcomeOfRoute(world, route, method, cell);
        if (got.outcome !== want) wrong.push(`${route.key} as ${cell}: expected ${want}, got ${got.outcome} (${got.detail})`);
        if (before) expect(await snapshot(world.workspace), `${route.key} as ${cell} stored something`).toEqual(before);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("allows and denies every server action as the table says, storing nothing when it denies", { timeout: 300_000 }, async () => {
    const wrong: string[] = [];
    for (const action of actions) {
      const row = actionRows[action.key];
      if (!row) continue;
      for (const cell of cells) {
        const want = expected(row.need, cell, row.expect?.[cell]);
        const before = want === "deny" ? await snapshot(world.workspace) : null;
        const got = await outcomeOfAction(world, action.fn, row, cell);
        if (got.outcome !== want) wrong.push(`${action.key} as ${cell}: expected ${want}, got ${got.outcome} (${got.detail})`);
        if (before) expect(await snapshot(world.workspace), `${action.key} as ${cell} stored something`).toEqual(before);
      }
    }
    expect(wrong).toEqual([]);
  });
});
