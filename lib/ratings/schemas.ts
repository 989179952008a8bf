import { z } from "zod";
import { id, optionalText, requiredText } from "../schemas";
import { isValidScaleValue, scales, type ScaleName } from "./scales";

const scaleNames = Object.keys(scales) as [ScaleName, ...ScaleName[]];

/**
 * The id of the rating the rater is changing, as they saw it; null or "" when they
 * saw none. Left out, the change applies to whatever rating is current.
 */
export const replacedRating = z
  .union([z.literal(""), id])
  .nullable()
  .optional()
  .transform((value) => (value === "" ? null : value));

export const rateSchema = z
  .object({
    scale: z.enum(scaleNames, { error: "must be SOURCE_RELIABILITY, INFO_CREDIBILITY, LIKELIHOOD or CONFIDENCE" }),
    value: z.string().trim().min(1, "is required"),
    rationale: requiredText(4000),
    claimId: id.optional(),
    sourceId: id.optional(),
    // Why the rater changed their mind; required when a rating already exists.
    changeReason: optionalText(2000),
    replaces: replacedRating,
  })
  .superRefine((input, ctx) => {
    if (!isValidScaleValue(input.scale, input.value)) {
      const allowed = scales[input.scale].options.map((option) => option.value).join(", ");
      ctx.addIssue({ code: "custom", path: ["value"], message: `must be one of: ${allowed}` });
    }
    const target = scales[input.scale].target;
    if (target === "source" && (!input.sourceId || input.claimId)) {
      ctx.addIssue({ code: "custom", path: ["sourceId"], message: `${scales[input.scale].name} rates a source: give sourceId only` });
    }
    if (target === "claim" && (!input.claimId || input.sourceId)) {
      ctx.addIssue({ code: "custom", path: ["claimId"], message: `${scales[input.scale].name} rates a claim: give claimId only` });
    }
  });
