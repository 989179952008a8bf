import { z } from "zod";
import { datePrecision, id, isoDate, optionalText, requiredText, url, version } from "../schemas";

export const MAX_SOURCE_TEXT = 5_000_000;

export const sourceKinds = ["ARTICLE", "REPORT", "STATEMENT", "SOCIAL_POST", "TRANSCRIPT", "DATASET", "OTHER"] as const;

const metadata = {
  title: requiredText(500),
  publisher: optionalText(300),
  authors: z
    .union([z.array(z.string().trim().min(1).max(200)).max(50), z.string().max(2000)])
    .optional()
    .transform((value) =>
      (Array.isArray(value) ? value : (value ?? "").split(/[;\n]/)).map((name) => name.trim()).filter(Boolean),
    ),
  publishedAt: isoDate,
  publishedPrecision: datePrecision.optional().nullable(),
  url,
  archiveUrl: url,
  accessedAt: isoDate,
  language: z.string().trim().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "must be a language code such as en, fa or ps").default("en"),
  kind: z.enum(sourceKinds).default("ARTICLE"),
  attribution: optionalText(1000),
};

// The text is kept exactly as given: no trimming, no normalisation.
export const createSourceSchema = z.object({
  ...metadata,
  text: z
    .string({ error: "is required" })
    .min(1, "is required")
    .max(MAX_SOURCE_TEXT, `must be at most ${MAX_SOURCE_TEXT.toLocaleString("en")} characters`)
    .refine((text) => text.trim().length > 0, "must contain more than white space")
    // PostgreSQL text cannot hold U+0000; refuse it here rather than fail in the database.
    .refine((text) => !text.includes("\u0000"), "must not contain NUL characters (is this a binary file?)"),
});

export const updateSourceSchema = z.object({ id, version, ...metadata });

export const createExcerptSchema = z
  .object({
    sourceId: id,
    start: z.coerce.number().int().min(0, "must be 0 or more"),
    end: z.coerce.number().int().min(1, "must be 1 or more"),
    // What the client saw: if given, it must still match the stored text.
    exact: z.string().max(20_000).optional(),
    textSha256: z.string().regex(/^[0-9a-f]{64}$/, "must be a SHA-256 in hex").optional(),
    note: optionalText(2000),
  })
  .refine((value) => value.end > value.start, { path: ["end"], message: "must be after start" });

export type CreateSourceInput = z.input<typeof createSourceSchema>;
