import { z } from "zod";
import { NUL_MESSAGE } from "./text/nul-characters";

// Building blocks shared by the domain's input schemas (forms and API alike).

const withoutNul = (value: string) => !value.includes("\u0000");

export const id = z.string().trim().min(1, "is required").max(64).refine(withoutNul, NUL_MESSAGE);
export const version = z.coerce.number().int("must be a whole number").min(1, "must be 1 or more");
export const datePrecision = z.enum(["DAY", "MONTH", "YEAR", "ABOUT"]);

/** "YYYY-MM-DD" (empty means unknown), stored as midnight UTC. */
export const isoDate = z
  .union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")])
  .optional()
  .nullable()
  .transform((value, ctx) => {
    if (!value) return null;
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: "custom", message: "is not a real calendar date" });
      return z.NEVER;
    }
    return date;
  });

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine(withoutNul, NUL_MESSAGE)
    .optional()
    .nullable()
    .transform((value) => value || null);

export const requiredText = (max: number) =>
  z.string({ error: "is required" }).trim().min(1, "is required").max(max, `must be at most ${max} characters`).refine(withoutNul, NUL_MESSAGE);

export const url = z
  .union([z.literal(""), z.url({ protocol: /^https?$/, error: "must be an http(s) URL" })])
  .optional()
  .nullable()
  .transform((value) => value || null);
