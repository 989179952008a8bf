import { z } from "zod";
import { id, optionalText, requiredText, version } from "../schemas";
import { achWeights, consistencyCodes } from "./score";

const weight = z.enum(achWeights, { error: "must be LOW, MEDIUM or HIGH" });
const consistency = z.enum(consistencyCodes, { error: "must be CC, C, N, I, II or NA" });
// Checkboxes arrive as "on" (or absent); JSON as a boolean.
const flag = z.union([z.boolean(), z.enum(["on", "true", "false", ""])]).optional().transform((v) => v === true || v === "on" || v === "true");

export const addHypothesisSchema = z.object({ disputeId: id, label: requiredText(40), statement: requiredText(1000) });

export const updateHypothesisSchema = z.object({ id, version, label: requiredText(40), statement: requiredText(1000) });

export const removeHypothesisSchema = z.object({ id, version });

export const addAchEvidenceSchema = z
  .object({
    disputeId: id,
    description: optionalText(1000),
    claimId: id.optional().or(z.literal("").transform(() => undefined)),
    excerptId: id.optional().or(z.literal("").transform(() => undefined)),
    incidentId: id.optional().or(z.literal("").transform(() => undefined)),
    credibility: weight.default("MEDIUM"),
    relevance: weight.default("MEDIUM"),
    possiblyDeceptive: flag,
  })
  .refine((v) => [v.claimId, v.excerptId, v.incidentId].filter(Boolean).length <= 1, {
    path: ["claimId"],
    message: "give at most one of claimId, excerptId or incidentId",
  })
  .refine((v) => v.description || v.claimId || v.excerptId || v.incidentId, {
    path: ["description"],
    message: "describe the evidence, or pick a claim, excerpt or incident",
  });

export const updateAchEvidenceSchema = z.object({
  id,
  version,
  description: requiredText(1000),
  credibility: weight,
  relevance: weight,
  possiblyDeceptive: flag,
});

export const removeAchEvidenceSchema = z.object({ id, version });

const cell = z.object({
  hypothesisId: id,
  evidenceId: id,
  /** Empty or null withdraws your rating of the cell. */
  consistency: z.union([consistency, z.literal(""), z.null()]).transform((v) => v || null),
  /** The version of your rating you last read; leave out when you have not rated the cell. */
  version: z.union([version, z.literal(""), z.null()]).optional().transform((v) => (v === "" || v === null ? undefined : v)),
});

export const rateAchCellSchema = cell;
export const rateAchCellsSchema = z.object({ cells: z.array(cell).min(1, "rate at least one cell").max(500) });
export type AchCellInput = z.infer<typeof cell>;
