// For schema unit tests: which fields a zod schema refuses, as the forms and the API see them.
import type { z } from "zod";
import { AppError } from "../../lib/errors";

/** The field names of the errors for `input`, sorted; [] when it parses. */
export function refusedFields(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return Object.keys(AppError.invalid(result.error).fieldErrors).sort();
}

/** The parsed value, failing the test with the field errors when it does not parse. */
export function parsed<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw AppError.invalid(result.error);
  return result.data;
}
