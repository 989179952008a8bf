import { z } from "zod";
import { id, optionalText, requiredText } from "../schemas";

export const createActorSchema = z.object({
  name: requiredText(200),
  kind: z.enum(["PERSON", "ORGANISATION"], { error: "must be PERSON or ORGANISATION" }),
  description: optionalText(2000),
  aliases: z.array(z.object({ alias: requiredText(200), language: optionalText(20) })).max(100).default([]),
});

export const addAffiliationSchema = z.object({ personId: id, organisationId: id, role: requiredText(200) });
