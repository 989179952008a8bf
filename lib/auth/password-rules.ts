import { dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";

// What a new password must be (OWASP ASVS 5.0, V6.2): 12 to 128 characters, any
// characters, and not one of the most common passwords. The list is the ~30,000
// most common passwords that zxcvbn-ts ships (@zxcvbn-ts/language-common), a
// well-kept package that installs offline; we use only its list, not its scoring.

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

let common: Set<string> | undefined;

/**
 * Whether the password (compared case-insensitively) is on the common-passwords
 * list, alone or padded to length with digits and symbols ("password12345!").
 */
export function isCommonPassword(password: string): boolean {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  const lower = password.toLowerCase();
  const base = lower.replace(/[\d\W_]+$/u, "");
  return common.has(lower) || (base.length >= 4 && common.has(base));
}

export const newPassword = z
  .string({ error: "is required" })
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`)
  .refine((password) => !isCommonPassword(password), "is one of the most common passwords; choose another")
  .refine((password) => password.trim().length > 0, "cannot be only spaces");
