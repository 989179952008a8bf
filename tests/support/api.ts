// Calling /api/v1 route handlers directly, as Next would: a Request and a params Promise.
import { expect } from "vitest";
import { createApiToken } from "../../lib/auth/api-tokens";
import type { Caller } from "../../lib/auth/caller";
import { db } from "../../lib/db/client";
import { makeTeam, type RoleKey } from "./factories";

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

export type CallOptions<P> = {
  params: P;
  token?: string;
  /** Sent as JSON with Content-Type: application/json. */
  body?: unknown;
  /** Sent exactly as given, for malformed bodies. */
  rawBody?: string;
  headers?: Record<string, string>;
  query?: Record<string, string>;
};

// Response bodies are asserted field by field; `any` keeps that readable in tests.
export type ApiResult = { status: number; headers: Headers; body: any };

export async function callApi<P>(handler: Handler<P>, method: string, options: CallOptions<P>): Promise<ApiResult> {
  const url = new URL("http://localhost/api/v1/test");
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  const response = await handler(new Request(url, { method, headers, body }), { params: Promise.resolve(options.params) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

export async function tokenFor(caller: Caller, workspace: string, name = "test token") {
  return (await createApiToken(caller, workspace, { name })).token;
}

/** A team (see makeTeam) with an API token for each of its four members. */
export async function makeApiTeam() {
  const team = await makeTeam();
  const keys: RoleKey[] = ["owner", "editor", "reviewer", "viewer"];
  const tokens = await Promise.all(keys.map((key) => tokenFor(team.callers[key], team.workspace.id)));
  return { ...team, ws: { workspace: team.workspace.id }, tokens: Object.fromEntries(keys.map((key, i) => [key, tokens[i]])) as Record<RoleKey, string> };
}

/** The audit row a write left behind (fails the test if there is none). */
export async function expectAudit(workspaceId: string, action: string, entityId: string, userId?: string) {
  const row = await db.auditEvent.findFirst({ where: { workspaceId, action, entityId }, orderBy: { id: "desc" } });
  expect(row, `audit ${action} for ${entityId}`).not.toBeNull();
  if (userId) expect(row!.userId).toBe(userId);
  return row!;
}

export const auditCount = (workspaceId: string) => db.auditEvent.count({ where: { workspaceId } });

/** The error shape every failure has, with its code and (optionally) the fields it names. */
export function expectError(result: ApiResult, status: number, code: string, field?: string) {
  expect(result.status).toBe(status);
  expect(result.body.error.code).toBe(code);
  expect(typeof result.body.error.message).toBe("string");
  if (field) {
    expect(result.body.error.message).toContain(field);
    expect(Object.keys(result.body.error.fields)).toContain(field);
  }
}
