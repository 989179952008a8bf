import "server-only";
import { assertVersion, mutate, type MutationContext } from "../actions/mutate";
import type { Caller } from "../auth/caller";
import { AppError } from "../errors";
import { addTollSchema, createIncidentSchema, updateIncidentSchema } from "./schemas";

type TollInput = { reportedById?: string | null; sourceId?: string | null; excerptId?: string | null };

/** Every actor, source and excerpt a toll names must be in this workspace. */
async function checkTollRefs(ctx: MutationContext<unknown>, tolls: TollInput[], actorIds: string[] = []) {
  const ids = (key: keyof TollInput) => [...new Set(tolls.map((t) => t[key]).filter((v): v is string => Boolean(v)))];
  const actors = [...new Set(actorIds)];
  const where = { workspaceId: ctx.workspaceId };
  const [a, r, s, e] = await Promise.all([
    ctx.tx.actor.count({ where: { ...where, id: { in: actors } } }),
    ctx.tx.actor.count({ where: { ...where, id: { in: ids("reportedById") } } }),
    ctx.tx.source.count({ where: { ...where, id: { in: ids("sourceId") } } }),
    ctx.tx.excerpt.count({ where: { ...where, id: { in: ids("excerptId") } } }),
  ]);
  if (a !== actors.length) throw new AppError("INVALID", "actors: no such actor in this workspace", { actors: ["no such actor in this workspace"] });
  // Named apart from `actors` so the error lands next to the field the person filled in.
  if (r !== ids("reportedById").length) throw new AppError("INVALID", "reportedById: no such actor in this workspace", { reportedById: ["no such actor in this workspace"] });
  if (s !== ids("sourceId").length) throw new AppError("INVALID", "sourceId: no such source in this workspace", { sourceId: ["no such source in this workspace"] });
  if (e !== ids("excerptId").length) throw new AppError("INVALID", "excerptId: no such excerpt in this workspace", { excerptId: ["no such excerpt in this workspace"] });
}

/** An attack record with its actors and each source's own reported toll. */
export async function createIncident(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "incident.create", permission: "edit", schema: createIncidentSchema }, input, async (ctx) => {
    const { actors, tolls, ...fields } = ctx.input;
    await checkTollRefs(ctx, tolls, actors.map((a) => a.actorId));
    const workspaceId = ctx.workspaceId;
    const incident = await ctx.tx.incident.create({
      data: {
        ...fields,
        notes: fields.notes ?? "",
        reconciliationNote: fields.reconciliationNote ?? "",
        workspaceId,
        createdById: ctx.userId,
        actors: { create: actors.map((a) => ({ ...a, workspaceId })) },
        tolls: { create: tolls.map((t) => ({ ...t, note: t.note ?? "", workspaceId })) },
      },
      include: { tolls: true, actors: true },
    });
    await ctx.audit("Incident", incident.id, { after: incident });
    return incident;
  });
}

export async function updateIncident(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "incident.update", permission: "edit", schema: updateIncidentSchema }, input, async (ctx) => {
    const { id, version, ...fields } = ctx.input;
    const before = await ctx.tx.incident.findFirst({ where: { id, workspaceId: ctx.workspaceId } });
    if (!before) throw AppError.notFound("Incident");
    const data = { ...fields, notes: fields.notes ?? "", reconciliationNote: fields.reconciliationNote ?? "" };
    const { count } = await ctx.tx.incident.updateMany({ where: { id, workspaceId: ctx.workspaceId, version }, data: { ...data, version: { increment: 1 } } });
    assertVersion(count, "This incident");
    await ctx.audit("Incident", id, { before, after: data });
    return { id, version: version + 1 };
  });
}

/** Adds one source's reported figures to an incident, beside the others. */
export async function addIncidentToll(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "incident.addToll", permission: "edit", schema: addTollSchema }, input, async (ctx) => {
    const { incidentId, ...toll } = ctx.input;
    const incident = await ctx.tx.incident.findFirst({ where: { id: incidentId, workspaceId: ctx.workspaceId }, select: { id: true } });
    if (!incident) throw AppError.notFound("Incident");
    await checkTollRefs(ctx, [toll]);
    const created = await ctx.tx.incidentToll.create({ data: { ...toll, note: toll.note ?? "", incidentId, workspaceId: ctx.workspaceId } });
    await ctx.audit("IncidentToll", created.id, { after: created });
    return created;
  });
}
