import { z } from "zod";
import { datePrecision, id, isoDate, optionalText, requiredText, version } from "../schemas";

export const claimKinds = ["STATEMENT", "DENIAL", "RESPONSIBILITY", "ASSESSMENT", "NUMERIC"] as const;

export const claimKindLabels: Record<(typeof claimKinds)[number], string> = {
  STATEMENT: "Statement of fact",
  DENIAL: "Denial",
  RESPONSIBILITY: "Claim of responsibility",
  ASSESSMENT: "Assessment",
  NUMERIC: "Numeric claim",
};

const optionalNumber = z
  .union([z.literal(""), z.coerce.number({ error: "must be a number" })])
  .optional()
  .nullable()
  .transform((value) => (value === "" || value === undefined ? null : value));

const optionalId = z
  .union([z.literal(""), id])
  .optional()
  .nullable()
  .transform((value) => value || null);

const claimFields = {
  statement: requiredText(2000),
  kind: z.enum(claimKinds, { error: "must be one of: statement, denial, claim of responsibility, assessment, numeric" }),
  claimantId: optionalId,
  onBehalfOfId: optionalId,
  madeAt: isoDate,
  madePrecision: datePrecision.optional().nullable(),
  numericValue: optionalNumber,
  numericLow: optionalNumber,
  numericHigh: optionalNumber,
  numericUnit: optionalText(300),
};

function checkNumeric(value: { kind: string; numericValue: number | null; numericLow: number | null; numericHigh: number | null; numericUnit: string | null }, ctx: z.RefinementCtx) {
  if (value.kind === "NUMERIC") {
    if (value.numericValue === null && value.numericLow === null && value.numericHigh === null) {
      ctx.addIssue({ code: "custom", path: ["numericValue"], message: "a numeric claim needs a value or a range" });
    }
    if (!value.numericUnit) ctx.addIssue({ code: "custom", path: ["numericUnit"], message: "a numeric claim needs a unit (e.g. attacks, fighters, killed)" });
  }
  if (value.numericLow !== null && value.numericHigh !== null && value.numericLow > value.numericHigh) {
    ctx.addIssue({ code: "custom", path: ["numericHigh"], message: "must not be below the low value" });
  }
}

export const createClaimSchema = z
  .object({
    ...claimFields,
    excerptIds: z.array(id).max(50).optional().default([]),
  })
  .superRefine(checkNumeric);

export const updateClaimSchema = z.object({ id, version, ...claimFields }).superRefine(checkNumeric);

export const attachAppearanceSchema = z.object({ claimId: id, excerptId: id });
