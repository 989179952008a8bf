import { describe, expect, it, vi } from "vitest";
import * as claimsRoute from "../../app/api/v1/workspaces/[workspace]/claims/route";
import * as claimRoute from "../../app/api/v1/workspaces/[workspace]/claims/[id]/route";
import { failureResponse } from "../../lib/api/responses";
import { Prisma } from "../../lib/db/generated/client";
import { AppError } from "../../lib/errors";
import { auditCount, callApi, expectError, makeApiTeam } from "../support/api";
import { makeClaimWithPassage } from "../support/factories";

describe("API request bodies", () => {
  it("refuses malformed JSON, a body that is not an object and a body that is not JSON", async () => {
    const team = await makeApiTeam();
    const base = { params: team.ws, token: team.tokens.editor, headers: { "content-type": "application/json" } };
    const before = await auditCount(team.workspace.id);

    const malformed = await callApi(claimsRoute.POST, "POST", { ...base, rawBody: '{"statement": "x",' });
    expectError(malformed, 400, "INVALID");
    expect(malformed.body.error.message).toMatch(/^The request body is not valid JSON: /);
    const array = await callApi(claimsRoute.POST, "POST", { ...base, rawBody: '[{"statement": "x"}]' });
    expect(array.body.error.message).toBe("The request body must be a JSON object, not an array");
    const text = await callApi(claimsRoute.POST, "POST", { ...base, rawBody: '"a claim"' });
    expect(text.body.error.message).toBe("The request body must be a JSON object, not a string");
    const form = await callApi(claimsRoute.POST, "POST", { ...base, headers: { "content-type": "text/plain" }, rawBody: '{"statement":"x","kind":"STATEMENT"}' });
    expectError(form, 400, "INVALID");
    expect(form.body.error.message).toBe("Send the request body as JSON with the header Content-Type: application/json");

    const empty = await callApi(claimsRoute.POST, "POST", { ...base, rawBody: "" });
    expectError(empty, 400, "INVALID", "statement");
    expect(Object.keys(empty.body.error.fields).sort()).toEqual(["kind", "statement"]);
    expect(await auditCount(team.workspace.id)).toBe(before);
  });

  it("accepts a vendor JSON type and answers JSON that is never cached", async () => {
    const team = await makeApiTeam();
    const created = await callApi(claimsRoute.POST, "POST", {
      params: team.ws,
      token: team.tokens.editor,
      headers: { "content-type": "application/vnd.counterclaim+json; charset=utf-8" },
      body: { statement: "Daesh is defeated", kind: "STATEMENT" },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(created.headers.get("cache-control")).toBe("no-store");
    expect(created.body.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it("names a PATCH without a version and a field that cannot be patched", async () => {
    const team = await makeApiTeam();
    const { claim } = await makeClaimWithPassage(team.callers.editor, team.workspace.id);
    const params = { ...team.ws, id: claim.id };
    const noVersion = await callApi(claimRoute.PATCH, "PATCH", { params, token: team.tokens.editor, body: { statement: "x" } });
    expectError(noVersion, 400, "INVALID", "version");
    const unknown = await callApi(claimRoute.PATCH, "PATCH", { params, token: team.tokens.editor, body: { version: 1, workspaceId: "other", createdById: "me" } });
    expectError(unknown, 400, "INVALID", "workspaceId");
    expect(unknown.body.error.fields).toEqual({ workspaceId: ["cannot be changed here"], createdById: ["cannot be changed here"] });
    const badVersion = await callApi(claimRoute.PATCH, "PATCH", { params, token: team.tokens.editor, body: { version: 0, statement: "x" } });
    expectError(badVersion, 400, "INVALID", "version");
    expect(badVersion.body.error.fields.version).toEqual(["must be 1 or more"]);
  });
});

describe("API failures", () => {
  it("maps domain errors to their status with the one error shape", async () => {
    const response = failureResponse(new AppError("INVALID", "title: is required", { title: ["is required"] }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: "INVALID", message: "title: is required", fields: { title: ["is required"] } } });
    expect(failureResponse(new AppError("RATE_LIMITED", "Slow down")).status).toBe(429);
  });

  it("answers 503 when the database cannot be reached", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const unreachable = new Prisma.PrismaClientKnownRequestError("Can't reach database server at 127.0.0.1:5499", {
      code: "P1001",
      clientVersion: Prisma.prismaVersion.client,
      meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable" } } },
    });
    const response = failureResponse(unreachable);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect((await response.json()).error.code).toBe("UNAVAILABLE");
    expect(failureResponse(new Error("Connection terminated unexpectedly")).status).toBe(503);
    const poolTimeout = new Prisma.PrismaClientKnownRequestError("Timed out fetching a new connection", { code: "P2024", clientVersion: "7" });
    expect(failureResponse(poolTimeout).status).toBe(503);
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it("answers 409 when two writes race on a unique key", async () => {
    const race = new Prisma.PrismaClientKnownRequestError("Unique constraint failed", { code: "P2002", clientVersion: "7" });
    const response = failureResponse(race);
    expect(response.status).toBe(409);
    expect((await response.json()).error.code).toBe("CONFLICT");
  });

  it("answers 500 with a generic message for anything else, and logs it", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = failureResponse(new TypeError("Cannot read properties of undefined (reading 'secret')"));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: { code: "INTERNAL", message: "Something went wrong on our side. It has been logged.", fields: {} } });
    expect(logged).toHaveBeenCalledOnce();
  });
});
