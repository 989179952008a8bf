import { z } from "zod";
import { id, optionalText, version } from "../schemas";

// Tags are short labels analysts filter by ("taliban-statement"); keep them one line.
const tagName = z
  .string({ error: "is required" })
  .trim()
  .min(1, "is required")
  .max(60, "must be at most 60 characters")
  .regex(/^[^\n\r\t]*$/, "must be on one line");

export const createTagSchema = z.object({ name: tagName, description: optionalText(500) });
export const renameTagSchema = z.object({ id, version, name: tagName, description: optionalText(500) });
export const deleteTagSchema = z.object({ id, version });
export const tagClaimSchema = z.object({ claimId: id, tagId: id });
