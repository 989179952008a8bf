import { z } from "zod";
import { citationStyleIds } from "../citations/styles-list";
import { confidence, likelihood } from "../ratings/scales";
import { id, requiredText, version } from "../schemas";
import { NUL_MESSAGE } from "../text/nul-characters";

const likelihoodValues = likelihood.map((l) => l.value) as [string, ...string[]];
const confidenceValues = confidence.map((c) => c.value) as [string, ...string[]];

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((v) => !v.includes("\u0000"), NUL_MESSAGE)
    .optional()
    .default("");

/** A key judgment written in the memo: what, how likely (ICD 203), and how confident. */
export const keyJudgmentSchema = z.object({
  statement: requiredText(1000),
  likelihood: z.enum(likelihoodValues, { error: "choose an ICD 203 likelihood term" }),
  confidence: z.enum(confidenceValues, { error: "choose low, moderate or high confidence" }),
});

/** Everything a memo's author decides; stored whole in each MemoRevision. */
export const memoContentSchema = z.object({
  title: requiredText(200),
  citationStyle: z.enum(citationStyleIds, { error: "choose Chicago notes, Chicago author-date or APA" }).default("chicago-note-bibliography"),
  bluf: text(4000),
  disputeIds: z.array(id).max(20, "choose at most 20 disputes").default([]),
  judgmentIds: z.array(id).max(50, "choose at most 50 judgments").default([]),
  keyJudgments: z.array(keyJudgmentSchema).max(20, "at most 20 key judgments").default([]),
  alternatives: text(4000),
  whatWouldChange: text(4000),
});

export type MemoContent = z.output<typeof memoContentSchema>;
export type KeyJudgmentInput = z.output<typeof keyJudgmentSchema>;

export const createMemoSchema = memoContentSchema;
export const updateMemoSchema = memoContentSchema.extend({ id, version });

/** The formats a memo exports to. */
export const memoExportFormats = ["md", "html", "docx", "pdf", "csv", "csl-json", "bibtex", "ris", "claimreview"] as const;
export type MemoExportFormat = (typeof memoExportFormats)[number];
