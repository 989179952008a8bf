import "server-only";
import { mutate } from "../actions/mutate";
import type { Caller } from "../auth/caller";
import { AppError } from "../errors";
import { normalizeName } from "../text/normalize";
import { addAffiliationSchema, createActorSchema } from "./schemas";

/** An actor (person or organisation) with every name it goes by. */
export async function createActor(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "actor.create", permission: "edit", schema: createActorSchema }, input, async (ctx) => {
    const { name, kind, description, aliases } = ctx.input;
    const taken = await ctx.tx.actor.findFirst({ where: { workspaceId: ctx.workspaceId, name }, select: { id: true } });
    if (taken) throw new AppError("INVALID", "name: an actor with this name already exists", { name: ["an actor with this name already exists"] });
    const names = new Map<string, { alias: string; language: string | null }>();
    for (const entry of [{ alias: name, language: null }, ...aliases]) {
      const normalized = normalizeName(entry.alias);
      if (normalized && !names.has(normalized)) names.set(normalized, { alias: entry.alias, language: entry.language ?? null });
    }
    const actor = await ctx.tx.actor.create({
      data: {
        workspaceId: ctx.workspaceId,
        name,
        kind,
        description: description ?? "",
        aliases: { create: [...names].map(([normalized, a]) => ({ ...a, normalized, workspaceId: ctx.workspaceId })) },
      },
    });
    await ctx.audit("Actor", actor.id, { after: { ...actor, aliases } });
    return actor;
  });
}

/** A person speaks for (or belongs to) an organisation. */
export async function addAffiliation(caller: Caller | null, workspace: string, input: unknown) {
  return mutate(caller, workspace, { action: "actor.affiliate", permission: "edit", schema: addAffiliationSchema }, input, async (ctx) => {
    const { personId, organisationId, role } = ctx.input;
    const found = await ctx.tx.actor.findMany({ where: { workspaceId: ctx.workspaceId, id: { in: [personId, organisationId] } }, select: { id: true, kind: true } });
    const person = found.find((a) => a.id === personId);
    const organisation = found.find((a) => a.id === organisationId);
    if (!person) throw AppError.notFound("Person");
    if (!organisation || organisation.kind !== "ORGANISATION") {
      throw new AppError("INVALID", "organisationId: must be an organisation in this workspace", { organisationId: ["must be an organisation in this workspace"] });
    }
    const existing = await ctx.tx.affiliation.findUnique({ where: { personId_organisationId_role: { personId, organisationId, role } }, select: { id: true } });
    if (existing) throw new AppError("INVALID", "role: this affiliation is already recorded", { role: ["this affiliation is already recorded"] });
    const affiliation = await ctx.tx.affiliation.create({ data: { workspaceId: ctx.workspaceId, personId, organisationId, role } });
    await ctx.audit("Affiliation", affiliation.id, { after: affiliation });
    return affiliation;
  });
}
