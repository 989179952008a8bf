import { z } from "zod";
import { id, optionalText, requiredText, version } from "../schemas";

export const sides = ["AFFIRMS", "DISPUTES"] as const;
export const disputeStatuses = ["OPEN", "UNDER_REVIEW", "JUDGED", "CLOSED"] as const;

const sideEntry = z.object({ claimId: id, side: z.enum(sides, { error: "must be AFFIRMS or DISPUTES" }) });

export const createDisputeSchema = z
  .object({
    proposition: requiredText(500),
    summary: optionalText(4000),
    claims: z.array(sideEntry).max(100).default([]),
  })
  .refine((value) => new Set(value.claims.map((c) => c.claimId)).size === value.claims.length, {
    path: ["claims"],
    message: "a claim can stand on only one side",
  });

export const updateDisputeSchema = z.object({
  id,
  version,
  proposition: requiredText(500),
  summary: optionalText(4000),
  status: z.enum(disputeStatuses),
});

export const placeClaimSchema = z.object({ disputeId: id, claimId: id, side: z.enum(sides, { error: "must be AFFIRMS or DISPUTES" }) });
export const removeClaimSchema = z.object({ disputeId: id, claimId: id });
