import { describe, expect, it } from "vitest";
import { z } from "zod";
import { mutate } from "../../lib/actions/mutate";
import { db } from "../../lib/db/client";
import { makeSource, makeTeam } from "../support/factories";
import { snapshot } from "../support/more-factories";

describe("the audit log", () => {
  it("is append-only in PostgreSQL: UPDATE, DELETE and TRUNCATE are refused", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    await makeSource(team.callers.editor, ws);
    const row = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: ws, action: "source.create" } });
    await expect(db.$executeRawUnsafe(`UPDATE "AuditEvent" SET action = 'forged' WHERE id = $1`, row.id)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE id = $1`, row.id)).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.update({ where: { id: row.id }, data: { entityId: "forged" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.deleteMany({ where: { workspaceId: ws } })).rejects.toThrow(/append-only/);
    // Inside a transaction that is rolled back either way, so a missing trigger could not empty the log.
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`TRUNCATE "AuditEvent"`);
        throw new Error("TRUNCATE was allowed");
      }),
    ).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });

  it("keeps the audit row and the change in one transaction: a failure after auditing leaves neither", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const before = await snapshot(ws);
    const spec = { action: "test.failingWrite", permission: "edit" as const, schema: z.object({ name: z.string() }) };
    await expect(
      mutate(team.callers.editor, ws, spec, { name: "Taliban" }, async (ctx) => {
        const actor = await ctx.tx.actor.create({ data: { workspaceId: ctx.workspaceId, name: ctx.input.name, kind: "ORGANISATION" } });
        await ctx.audit("Actor", actor.id, { after: actor });
        throw new Error("failed after the audit");
      }),
    ).rejects.toThrow("failed after the audit");
    expect(await snapshot(ws)).toEqual(before);
  });

  it("refuses a write that records no audit, and rolls it back", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    const before = await snapshot(ws);
    const spec = { action: "test.unaudited", permission: "edit" as const, schema: z.object({}) };
    await expect(
      mutate(team.callers.editor, ws, spec, {}, (ctx) => ctx.tx.actor.create({ data: { workspaceId: ctx.workspaceId, name: "Unaudited", kind: "PERSON" } })),
    ).rejects.toThrow(/without an audit record/);
    expect(await snapshot(ws)).toEqual(before);
  });

  it("records who did what to which entity, with before and after", async () => {
    const team = await makeTeam();
    const source = await makeSource(team.callers.editor, team.workspace.id);
    const [row] = await db.auditEvent.findMany({ where: { workspaceId: team.workspace.id, entityId: source.id } });
    expect(row).toMatchObject({ userId: team.users.editor.id, action: "source.create", entityType: "Source", before: null });
    expect(row.createdAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  });
});
