import { AppError } from "../errors";

// PostgreSQL text and jsonb cannot hold U+0000, and the driver fails on it with an
// error that would otherwise surface as a 500. Input carrying one is refused up
// front, naming the field.

export const NUL_MESSAGE = "must not contain NUL characters";

/** The path (a.b.0) of the first string holding U+0000 in a value, keys included; null if none. */
export function findNulCharacter(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path.join(".") || "_" : null;
  if (depth > 32 || value === null || typeof value !== "object") return null;
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes("\u0000")) return [...path, key.replaceAll("\u0000", "\\0")].join(".");
    const found = findNulCharacter(inner, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

/** Throws INVALID naming the field if any string in `value` holds U+0000. */
export function rejectNulCharacters(value: unknown, prefix?: string) {
  const found = findNulCharacter(value, prefix ? [prefix] : []);
  if (found) throw new AppError("INVALID", `${found}: ${NUL_MESSAGE}`, { [found]: [NUL_MESSAGE] });
}
