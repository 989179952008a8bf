import { z } from "zod";

export const searchKinds = ["claims", "excerpts", "sources"] as const;
export type SearchKindName = (typeof searchKinds)[number];

export const searchKindLabels: Record<SearchKindName, string> = { claims: "Claims", excerpts: "Excerpts", sources: "Sources" };

/** Results per kind per page. */
export const SEARCH_PAGE_SIZE = 10;

/** `kinds` accepts an array or a comma-separated string (as a URL gives it). */
export const searchSchema = z.object({
  q: z.string().trim().min(1, "Type something to search for").max(200, "must be at most 200 characters"),
  kinds: z
    .preprocess((value) => (typeof value === "string" ? value.split(",").filter(Boolean) : value), z.array(z.enum(searchKinds)).min(1))
    .optional(),
  page: z.coerce.number().int("must be a whole number").min(1, "must be 1 or more").max(1000).default(1),
});

export type SearchInput = z.input<typeof searchSchema>;
