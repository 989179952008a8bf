import { createHash } from "node:crypto";
import { rowKey, type BackupTable } from "./tables";

// The canonical form a table's content hash is computed over: rows sorted by id
// (code-unit order, or numeric for sequence ids, never the database's collation),
// each row as JSON with its keys sorted, at every depth. Two databases holding the
// same content give the same hash whatever order or engine produced them.

/** JSON with object keys sorted at every depth; arrays keep their order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(",")}}`;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The rows in canonical order (a sorted copy). */
export function sortRows<R extends Record<string, unknown>>(table: BackupTable, rows: R[]): R[] {
  if (table.columns.id === "bigint") {
    return [...rows].sort((a, b) => {
      const x = BigInt(String(a.id));
      const y = BigInt(String(b.id));
      return x < y ? -1 : x > y ? 1 : 0;
    });
  }
  return [...rows].sort((a, b) => byCodeUnits(rowKey(table, a), rowKey(table, b)));
}

/** SHA-256 (hex) of the canonical form of a table's rows; fed row by row so no second copy of the table is built. */
export function tableSha256(table: BackupTable, rows: Record<string, unknown>[]): string {
  const hash = createHash("sha256");
  hash.update("[");
  sortRows(table, rows).forEach((row, index) => {
    if (index > 0) hash.update(",");
    hash.update(canonicalJson(row), "utf8");
  });
  hash.update("]");
  return hash.digest("hex");
}

/** SHA-256 (hex) of a text's UTF-8 bytes, as Source.textSha256 holds it. */
export function textSha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
