import { parse } from "csv-parse/sync";
import { parseDateWithPrecision } from "./metadata-date";
import { decodeText } from "./decode-text";
import { ImportProblem, MAX_METADATA_BYTES, MAX_METADATA_ROWS, megabytes } from "./limits";

/** Source fields a metadata row may set; passed on to createSource as given. */
export type MetadataFields = Partial<{
  title: string;
  publisher: string;
  authors: string[];
  publishedAt: string;
  publishedPrecision: string;
  url: string;
  archiveUrl: string;
  accessedAt: string;
  language: string;
  kind: string;
  attribution: string;
}>;

export type MetadataRow = { row: number; file: string; fields: MetadataFields; problem?: string };
/** `file` names the metadata file when it is not the one uploaded beside the documents (one inside an archive). */
export type MetadataProblem = { row: number; message: string; file?: string };
/** `rows` keyed by the path as written in the file column; `byName` by the name alone (null when two rows share it). */
export type MetadataTable = { rows: Map<string, MetadataRow>; byName: Map<string, MetadataRow | null>; problems: MetadataProblem[] };

// Column headings as people write them, reduced to letters: "Archive URL" → "archiveurl".
const columns: Record<string, keyof MetadataFields | "file" | "date" | "precision"> = {
  file: "file", filename: "file", name: "file", path: "file",
  title: "title", headline: "title",
  publisher: "publisher", outlet: "publisher", site: "publisher",
  authors: "authors", author: "authors",
  date: "date", published: "date", publishedat: "date", publicationdate: "date", datepublished: "date",
  precision: "precision", dateprecision: "precision", publishedprecision: "precision",
  url: "url", link: "url",
  archiveurl: "archiveUrl", archive: "archiveUrl", archivelink: "archiveUrl",
  accessed: "accessedAt", accessedat: "accessedAt", accessdate: "accessedAt", dateaccessed: "accessedAt",
  language: "language", lang: "language",
  kind: "kind", type: "kind",
  attribution: "attribution",
};
const precisions = ["DAY", "MONTH", "YEAR", "ABOUT"];

/** A path as a lookup key: case and slash direction ignored, no leading ./ or /. */
export const fileKey = (name: string) => name.trim().toLowerCase().replace(/\\/g, "/").replace(/^(\.?\/)+/, "");
const baseName = (key: string) => key.replace(/^.*\//, "");

/**
 * The row for a file or an archive entry ("reports/2022/a.txt"): the row naming its
 * longest matching path ("2022/a.txt" beats "a.txt"), else the one row with its bare
 * name, so rows that name files without folders, or with other folders, still match.
 */
export function findMetadataRow(table: MetadataTable | undefined, name: string): MetadataRow | undefined {
  if (!table) return undefined;
  const segments = fileKey(name).split("/");
  for (let i = 0; i < segments.length; i++) {
    const row = table.rows.get(segments.slice(i).join("/"));
    if (row) return row;
  }
  return table.byName.get(segments[segments.length - 1]) ?? undefined;
}

function toRow(row: number, record: Record<string, unknown>): MetadataRow {
  const fields: MetadataFields = {};
  const problems: string[] = [];
  let file = "";
  let date: string | undefined;
  let precision: string | undefined;
  for (const [heading, raw] of Object.entries(record)) {
    const key = columns[heading.toLowerCase().replace(/[^a-z]/g, "")];
    const value = Array.isArray(raw) ? raw.map(String) : raw === null || raw === undefined ? "" : String(raw).trim();
    if (!key || value === "" || (Array.isArray(value) && !value.length)) continue;
    if (key === "authors") fields.authors = Array.isArray(value) ? value : value.split(/\s*;\s*/).filter(Boolean);
    else if (Array.isArray(value)) problems.push(`${heading} must be text, not a list`);
    else if (key === "file") file = value;
    else if (key === "date") date = value;
    else if (key === "precision") precision = value.toUpperCase();
    else if (key === "accessedAt") {
      const parsed = parseDateWithPrecision(value);
      if ("error" in parsed) problems.push(`accessed: ${parsed.error}`);
      else if (parsed.precision !== "DAY") problems.push(`accessed: "${value}" must be a full day, YYYY-MM-DD`);
      else fields.accessedAt = parsed.date;
    } else if (key === "kind") fields.kind = value.toUpperCase().replace(/[\s-]+/g, "_");
    else fields[key] = value;
  }
  if (date) {
    const parsed = parseDateWithPrecision(date);
    if ("error" in parsed) problems.push(`date: ${parsed.error}`);
    else [fields.publishedAt, fields.publishedPrecision] = [parsed.date, parsed.precision];
  }
  if (precision) {
    if (!precisions.includes(precision)) problems.push(`precision: "${precision}" must be one of day, month, year, about`);
    else fields.publishedPrecision = precision;
  }
  if (!file) problems.push("has no file name (column file), so it matches no file");
  return { row, file, fields, problem: problems.length ? problems.join("; ") : undefined };
}

function readCsv(text: string): Record<string, unknown>[] {
  const header = text.slice(0, text.indexOf("\n") >>> 0);
  const delimiter = header.includes(",") ? "," : header.includes("\t") ? "\t" : header.includes(";") ? ";" : ",";
  let records: string[][];
  try {
    records = parse(text, { delimiter, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    throw new ImportProblem(`cannot be read as CSV: ${error instanceof Error ? error.message : "unknown error"}`);
  }
  const [headings = [], ...rows] = records;
  return rows.map((cells) => Object.fromEntries(headings.map((h, i) => [h, cells[i] ?? ""])));
}

function readJson(text: string): Record<string, unknown>[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ImportProblem(`is not valid JSON: ${error instanceof Error ? error.message : "unknown error"}`);
  }
  if (!Array.isArray(value)) throw new ImportProblem("must be a JSON array of objects, one per file");
  return value.map((item) => (item && typeof item === "object" && !Array.isArray(item) ? (item as Record<string, unknown>) : {}));
}

/**
 * A metadata file (CSV with a heading row, or a JSON array) as rows keyed by file
 * name. A row that cannot be used is kept with its problem, so the file it names
 * fails with that reason instead of being imported without its metadata; rows
 * that name no file, repeat a file or use unknown columns are listed in `problems`.
 */
export function readMetadataFile(name: string, bytes: Uint8Array): MetadataTable {
  if (bytes.length > MAX_METADATA_BYTES) throw new ImportProblem(`is ${megabytes(bytes.length)}; a metadata file may be at most ${megabytes(MAX_METADATA_BYTES)}`);
  const { text } = decodeText(bytes);
  const isJson = /\.json$/i.test(name) || /^\s*[[{]/.test(text);
  const records = isJson ? readJson(text) : readCsv(text);
  if (records.length > MAX_METADATA_ROWS) throw new ImportProblem(`has ${records.length} rows; at most ${MAX_METADATA_ROWS} are accepted`);
  const problems: MetadataProblem[] = [];
  const unknown = [...new Set(records.flatMap(Object.keys))].filter((h) => !columns[h.toLowerCase().replace(/[^a-z]/g, "")]);
  if (unknown.length) problems.push({ row: isJson ? 0 : 1, message: `unknown column${unknown.length > 1 ? "s" : ""} ignored: ${unknown.join(", ")}` });
  const rows = new Map<string, MetadataRow>();
  records.forEach((record, index) => {
    // Spreadsheet numbering: the heading is row 1. JSON: the first object is row 1.
    const row = toRow(isJson ? index + 1 : index + 2, record);
    if (!row.file) return problems.push({ row: row.row, message: row.problem ?? "has no file name" });
    const key = fileKey(row.file);
    const earlier = rows.get(key);
    if (earlier) return problems.push({ row: row.row, message: `names ${row.file} again (first in row ${earlier.row}); this row is ignored` });
    if (row.problem) problems.push({ row: row.row, message: `${row.file}: ${row.problem}` });
    rows.set(key, row);
  });
  const byName = new Map<string, MetadataRow | null>();
  for (const [key, row] of rows) byName.set(baseName(key), byName.has(baseName(key)) ? null : row);
  return { rows, byName, problems };
}
