// Optimistic concurrency under load: many conflicting edits at once, and not one lost.
import { describe, expect, it } from "vitest";
import * as claimRoute from "../../app/api/v1/workspaces/[workspace]/claims/[id]/route";
import { createActor } from "../../lib/actors/write-actors";
import { createClaim, updateClaim } from "../../lib/claims/write-claims";
import { db } from "../../lib/db/client";
import { isAppError } from "../../lib/errors";
import { callApi, makeApiTeam } from "../support/api";
import { makeTeam, uniqueSuffix } from "../support/factories";

const codeOf = (error: unknown) => (isAppError(error) ? error.code : `unexpected: ${String(error)}`);
const claimUpdates = (id: string) => db.auditEvent.count({ where: { entityId: id, action: "claim.update" } });

describe("concurrent conflicting edits", () => {
  it("50 edits from the same version: exactly one wins, 49 get CONFLICT, the winner's text is kept", { timeout: 120_000 }, async () => {
    const team = await makeTeam();
    const claim = await createClaim(team.callers.editor, team.workspace.id, { statement: "Original", kind: "STATEMENT" });
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        updateClaim(i % 2 ? team.callers.editor : team.callers.owner, team.workspace.id, { id: claim.id, version: 1, statement: `Edit ${i}`, kind: "STATEMENT" }),
      ),
    );
    const won = results.flatMap((r, i) => (r.status === "fulfilled" ? [i] : []));
    const codes = results.flatMap((r) => (r.status === "rejected" ? [codeOf(r.reason)] : []));
    expect(won).toHaveLength(1);
    expect(codes).toEqual(Array(49).fill("CONFLICT"));
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored).toMatchObject({ statement: `Edit ${won[0]}`, version: 2 });
    expect(await claimUpdates(claim.id)).toBe(1);
  });

  it("10 writers each adding 5 to a counter, retrying on conflict: no update is lost and each left one audit row", { timeout: 120_000 }, async () => {
    const team = await makeTeam();
    const claim = await createClaim(team.callers.editor, team.workspace.id, { statement: "count 0", kind: "STATEMENT" });
    let conflicts = 0;
    const increment = async () => {
      for (;;) {
        const current = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
        const next = Number(current.statement.split(" ")[1]) + 1;
        try {
          await updateClaim(team.callers.editor, team.workspace.id, { id: claim.id, version: current.version, statement: `count ${next}`, kind: "STATEMENT" });
          return;
        } catch (error) {
          if (codeOf(error) !== "CONFLICT") throw error;
          conflicts += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: 10 }, async () => {
      for (let i = 0; i < 5; i++) await increment();
    }));
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored.statement).toBe("count 50");
    expect(stored.version).toBe(51);
    expect(await claimUpdates(claim.id)).toBe(50);
    expect(conflicts, "the writers did collide").toBeGreaterThan(0);
  });

  it("over the API: one 200 and the rest 409 with a message, the first edit kept", { timeout: 120_000 }, async () => {
    const team = await makeApiTeam();
    const claim = await createClaim(team.callers.editor, team.workspace.id, { statement: "Before", kind: "STATEMENT" });
    const replies = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        callApi(claimRoute.PATCH, "PATCH", { params: { ...team.ws, id: claim.id }, token: team.tokens.editor, body: { version: 1, statement: `API edit ${i}` } }),
      ),
    );
    const statuses = replies.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array(11).fill(409)]);
    const winner = replies.findIndex((r) => r.status === 200);
    for (const reply of replies.filter((r) => r.status === 409)) expect(reply.body.error).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/changed by someone else/) });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).statement).toBe(`API edit ${winner}`);
    expect(await claimUpdates(claim.id)).toBe(1);
  });

  // A loser that checks after the winner committed is told the name is taken (INVALID, on the
  // name field); one that checks before it hits the unique key and gets CONFLICT. Never a 500.
  it("racing on a unique name: one actor is created, the others get CONFLICT or 'name taken' (not a 500)", { timeout: 120_000 }, async () => {
    const team = await makeTeam();
    const name = `Racing actor ${uniqueSuffix()}`;
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => createActor(team.callers.editor, team.workspace.id, { name, kind: "ORGANISATION" })));
    const codes = results.map((r) => (r.status === "fulfilled" ? "created" : codeOf(r.reason)));
    expect(codes.filter((c) => c === "created")).toHaveLength(1);
    for (const code of codes.filter((c) => c !== "created")) expect(["CONFLICT", "INVALID"]).toContain(code);
    for (const r of results) if (r.status === "rejected" && codeOf(r.reason) === "INVALID") expect(String(r.reason.message)).toContain("already exists");
    expect(await db.actor.count({ where: { workspaceId: team.workspace.id, name } })).toBe(1);
    const actor = await db.actor.findFirstOrThrow({ where: { workspaceId: team.workspace.id, name } });
    expect(await db.auditEvent.count({ where: { entityId: actor.id } })).toBe(1);
  });
});
