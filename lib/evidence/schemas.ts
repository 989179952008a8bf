import { z } from "zod";
import { id, optionalText, version } from "../schemas";

export const stances = ["SUPPORTS", "CONTRADICTS", "CONTEXT"] as const;
export const stanceLabels: Record<(typeof stances)[number], string> = {
  SUPPORTS: "Supports",
  CONTRADICTS: "Contradicts",
  CONTEXT: "Context",
};

export const createEvidenceSchema = z
  .object({
    claimId: id,
    excerptId: id.optional(),
    incidentId: id.optional(),
    fromClaimId: id.optional(),
    stance: z.enum(stances, { error: "must be supports, contradicts or context" }),
    note: optionalText(2000),
  })
  .refine((value) => [value.excerptId, value.incidentId, value.fromClaimId].filter(Boolean).length === 1, {
    path: ["excerptId"],
    message: "give exactly one of excerptId, incidentId or fromClaimId",
  })
  .refine((value) => value.fromClaimId !== value.claimId, { path: ["fromClaimId"], message: "a claim cannot be evidence for itself" });

export const updateEvidenceSchema = z.object({
  id,
  version,
  stance: z.enum(stances, { error: "must be supports, contradicts or context" }),
  note: optionalText(2000),
});

export const deleteEvidenceSchema = z.object({ id, version });
