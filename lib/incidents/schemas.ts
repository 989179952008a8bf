import { z } from "zod";
import { datePrecision, id, isoDate, optionalText, requiredText, version } from "../schemas";

export const attributionStates = ["CLAIMED", "ATTRIBUTED", "DENIED", "UNCLAIMED"] as const;
export const attributionLabels: Record<(typeof attributionStates)[number], string> = {
  CLAIMED: "Claimed by the group",
  ATTRIBUTED: "Attributed by others",
  DENIED: "Denied",
  UNCLAIMED: "Unclaimed",
};
export const placePrecisions = ["EXACT", "TOWN", "DISTRICT", "PROVINCE", "COUNTRY"] as const;
export const incidentActorRoles = ["PERPETRATOR", "TARGET", "CLAIMED_BY", "ATTRIBUTED_TO", "DENIED_BY", "ASSOCIATED"] as const;

const count = z
  .union([z.literal(""), z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(0, "cannot be negative")])
  .optional()
  .nullable()
  .transform((value) => (value === "" || value === undefined ? null : value));

const figures = {
  killedLow: count,
  killedBest: count,
  killedHigh: count,
  injuredLow: count,
  injuredBest: count,
  injuredHigh: count,
};

type Figures = { [K in keyof typeof figures]: number | null };

/** low ≤ best ≤ high wherever given. */
function checkOrder(value: Figures, ctx: z.RefinementCtx) {
  for (const kind of ["killed", "injured"] as const) {
    const [low, best, high] = [value[`${kind}Low`], value[`${kind}Best`], value[`${kind}High`]];
    if (low !== null && best !== null && low > best) ctx.addIssue({ code: "custom", path: [`${kind}Best`], message: "must not be below the low figure" });
    if (best !== null && high !== null && best > high) ctx.addIssue({ code: "custom", path: [`${kind}High`], message: "must not be below the best figure" });
    if (low !== null && high !== null && low > high) ctx.addIssue({ code: "custom", path: [`${kind}High`], message: "must not be below the low figure" });
  }
}

export const tollSchema = z
  .object({
    reportedById: id.optional().nullable(),
    sourceId: id.optional().nullable(),
    excerptId: id.optional().nullable(),
    note: optionalText(2000),
    ...figures,
  })
  .superRefine(checkOrder);

const latitude = z.union([z.literal(""), z.coerce.number().min(-90).max(90)]).optional().nullable().transform((v) => (v === "" || v === undefined ? null : v));
const longitude = z.union([z.literal(""), z.coerce.number().min(-180).max(180)]).optional().nullable().transform((v) => (v === "" || v === undefined ? null : v));

const incidentFields = {
  title: requiredText(300),
  occurredOn: isoDate,
  datePrecision: datePrecision.default("DAY"),
  timeOfDay: z.union([z.literal(""), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time as HH:MM, 00:00 to 23:59")]).optional().nullable().transform((v) => v || null),
  province: optionalText(100),
  district: optionalText(100),
  town: optionalText(100),
  latitude,
  longitude,
  placePrecision: z.enum(placePrecisions).default("PROVINCE"),
  eventType: requiredText(100),
  subEventType: optionalText(100),
  target: optionalText(300),
  attribution: z.enum(attributionStates).default("UNCLAIMED"),
  notes: optionalText(8000),
  reconciliationNote: optionalText(4000),
  ...figures,
};

export const createIncidentSchema = z
  .object({
    ...incidentFields,
    actors: z
      .array(z.object({ actorId: id, role: z.enum(incidentActorRoles) }))
      .max(50)
      .default([])
      // The database keeps one row per actor and role; a repeat would fail there instead of here.
      .refine((actors) => new Set(actors.map((a) => `${a.actorId} ${a.role}`)).size === actors.length, "lists the same actor in the same role twice"),
    tolls: z.array(tollSchema).max(50).default([]),
  })
  .superRefine(checkOrder);

export const updateIncidentSchema = z.object({ id, version, ...incidentFields }).superRefine(checkOrder);
export const addTollSchema = tollSchema.and(z.object({ incidentId: id }));
