import { z } from "zod";

export const LOOKUP_LIMIT = 25;

export const lookupSchema = z.object({
  q: z.string().trim().min(2, "Paste a quote or a phrase of at least two characters").max(2000, "must be at most 2,000 characters"),
});
