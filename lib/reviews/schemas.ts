import { z } from "zod";
import { confidence, likelihood, scales, type ScaleName, isValidScaleValue } from "../ratings/scales";
import { replacedRating } from "../ratings/schemas";
import { id, optionalText, requiredText, version } from "../schemas";

const ids = (what: string) => z.array(id, { error: `must be a list of ${what} ids` }).max(100, "at most 100").default([]);

export const createSessionSchema = z
  .object({
    title: requiredText(200),
    disputeIds: ids("dispute"),
    claimIds: ids("claim"),
    participantIds: ids("member"),
  })
  .superRefine((input, ctx) => {
    if (input.disputeIds.length + input.claimIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["agenda"], message: "choose at least one dispute or claim for the agenda" });
    }
  });

export const sessionRef = z.object({ sessionId: id });
export const itemRef = z.object({ sessionId: id, itemId: id });

const scaleNames = Object.keys(scales) as [ScaleName, ...ScaleName[]];

export const rateItemSchema = z
  .object({
    sessionId: id,
    itemId: id,
    scale: z.enum(scaleNames, { error: "must be INFO_CREDIBILITY, LIKELIHOOD or CONFIDENCE" }),
    value: z.string({ error: "is required" }).trim().min(1, "is required"),
    rationale: requiredText(4000),
    changeReason: optionalText(2000),
    replaces: replacedRating,
  })
  .superRefine((input, ctx) => {
    if (!isValidScaleValue(input.scale, input.value)) {
      const allowed = scales[input.scale].options.map((o) => o.value).join(", ");
      ctx.addIssue({ code: "custom", path: ["value"], message: `must be one of: ${allowed}` });
    }
  });

const terms = likelihood.map((l) => l.value) as [string, ...string[]];
const levels = confidence.map((c) => c.value) as [string, ...string[]];

export const judgmentSchema = z.object({
  sessionId: id,
  itemId: id,
  statement: requiredText(2000),
  likelihood: z.enum(terms, { error: `must be one of the ICD 203 terms: ${terms.join(", ")}` }),
  confidence: z.enum(levels, { error: "must be low, moderate or high" }),
  rationale: requiredText(4000),
  whatWouldChange: requiredText(2000),
  // Given when revising a judgment: the version that was on screen.
  version: version.optional(),
});

export const dissentSchema = z.object({
  sessionId: id,
  judgmentId: id,
  text: requiredText(4000),
});
