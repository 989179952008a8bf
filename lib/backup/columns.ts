import { z } from "zod";
import { Prisma } from "../db/generated/client";

// How each column travels in a backup file. JSON has no dates, 64-bit integers or
// "SQL NULL vs JSON null", so those are written as ISO strings, decimal strings and
// plain null, and turned back into what Prisma expects on restore.
export type ColumnKind =
  | "string" | "string?" | "strings"
  | "int" | "int?" | "float?" | "bool"
  | "date" | "date?"
  | "json" | "json?"
  | "bigint"
  | { enum: Record<string, string>; optional?: boolean };

export type Columns = Record<string, ColumnKind>;

const isoInstant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, "must be an ISO 8601 UTC instant like 2024-01-31T12:00:00.000Z")
  .refine((value) => !Number.isNaN(Date.parse(value)), "is not a real instant");
const decimal = z.string().regex(/^\d{1,19}$/, "must be a whole number written as a string");
const jsonValue = z.json();

function zodFor(kind: ColumnKind): z.ZodType {
  if (typeof kind === "object") {
    const values = Object.values(kind.enum) as [string, ...string[]];
    const base = z.enum(values, { error: `must be one of ${values.join(", ")}` });
    return kind.optional ? base.nullable() : base;
  }
  switch (kind) {
    case "string": return z.string();
    case "string?": return z.string().nullable();
    case "strings": return z.array(z.string());
    case "int": return z.number().int();
    case "int?": return z.number().int().nullable();
    case "float?": return z.number().nullable();
    case "bool": return z.boolean();
    case "date": return isoInstant;
    case "date?": return isoInstant.nullable();
    case "json": return jsonValue;
    case "json?": return jsonValue.nullable();
    case "bigint": return decimal;
  }
}

/** A strict row schema: a column the file has and this version does not know is refused, not dropped. */
export function rowSchema(columns: Columns) {
  return z.strictObject(Object.fromEntries(Object.entries(columns).map(([name, kind]) => [name, zodFor(kind)])));
}

/** A database row (as Prisma returns it) in its backup form. */
export function toFileRow(columns: Columns, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(columns)) {
    const value = row[name];
    if (value instanceof Date) out[name] = value.toISOString();
    else if (typeof value === "bigint") out[name] = value.toString();
    else out[name] = value === undefined ? null : value;
  }
  return out;
}

/** A validated backup row as Prisma's createMany wants it. */
export function toDatabaseRow(columns: Columns, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(columns)) {
    const value = row[name];
    if (kind === "date" || (kind === "date?" && value !== null)) out[name] = new Date(value as string);
    else if (kind === "bigint") out[name] = BigInt(value as string);
    // A JSON column that was SQL NULL comes back as SQL NULL; JSON null as JSON null.
    else if (kind === "json?" && value === null) out[name] = Prisma.DbNull;
    else if (kind === "json" && value === null) out[name] = Prisma.JsonNull;
    else out[name] = value;
  }
  return out;
}
