import "server-only";
import { parse } from "csv-parse/sync";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { AppError, isAppError } from "../errors";
import { csvUnsafeCell } from "../text/csv-safe";
import { normalizeName } from "../text/normalize";
import {
  acledColumns, extraColumns, fieldToColumn, geoPrecisionToPlace, importedSourceNote, requiredColumns, timePrecisionToDate,
  type CsvColumn,
} from "./csv-columns";
import { attributionStates } from "./schemas";
import { createIncident } from "./write-incidents";

export const MAX_IMPORT_ROWS = 5000;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type RowError = { line: number; column: string | null; message: string };
export type ImportReport = { imported: { line: number; id: string; title: string }[]; errors: RowError[] };

type Row = Partial<Record<CsvColumn, string>>;
class RowProblem extends Error {
  constructor(readonly column: CsvColumn, message: string) {
    super(message);
  }
}

/** Actors by every folded name they go by; a name two actors share is ambiguous, not a match. */
async function actorDirectory(workspaceId: string) {
  const actors = await db.actor.findMany({ where: { workspaceId }, select: { id: true, name: true, aliases: { select: { normalized: true } } } });
  const byName = new Map<string, Set<string>>();
  for (const actor of actors) {
    for (const key of [normalizeName(actor.name), ...actor.aliases.map((a) => a.normalized)]) {
      byName.set(key, (byName.get(key) ?? new Set()).add(actor.id));
    }
  }
  return (name: string): string[] => [...(byName.get(normalizeName(name)) ?? [])];
}

function matchActor(find: (name: string) => string[], name: string, column: CsvColumn): string {
  const ids = find(name);
  if (ids.length === 1) return ids[0];
  if (ids.length > 1) throw new RowProblem(column, `“${name}” matches more than one actor; give a name only one of them goes by`);
  throw new RowProblem(column, `no actor or alias named “${name}” in this workspace; add the actor (or this name as an alias) and import the row again`);
}

/**
 * One CSV row as createIncident's input. Unknown actor1/assoc_actor_1 names are
 * refused rather than created: actors are curated (aliases, affiliations) and a
 * typo would quietly split one group into two. actor2 is ACLED's target side,
 * often a category ("Civilians (Afghanistan)"): unmatched, it becomes the target text.
 */
function toIncident(row: Row, find: (name: string) => string[]) {
  const text = (column: CsvColumn) => row[column] ?? "";
  const precisionCode = text("time_precision");
  if (precisionCode && !timePrecisionToDate[precisionCode]) throw new RowProblem("time_precision", "must be 1 (day), 2 (about a week) or 3 (month)");
  const geoCode = text("geo_precision");
  if (geoCode && !geoPrecisionToPlace[geoCode]) throw new RowProblem("geo_precision", "must be 1 (town), 2 (near a town or district) or 3 (province)");
  // The incident schema has no country field yet (every incident is Afghan by default): say so rather than drop it.
  if (text("country") && normalizeName(text("country")) !== "afghanistan") throw new RowProblem("country", "only incidents in Afghanistan can be imported");
  const attribution = text("attribution").toUpperCase();
  if (attribution && !(attributionStates as readonly string[]).includes(attribution)) throw new RowProblem("attribution", `must be one of ${attributionStates.join(", ")}`);

  const actors: { actorId: string; role: string }[] = [];
  if (text("actor1")) actors.push({ actorId: matchActor(find, text("actor1"), "actor1"), role: "PERPETRATOR" });
  for (const name of text("assoc_actor_1").split(";").map((n) => n.trim()).filter(Boolean)) {
    actors.push({ actorId: matchActor(find, name, "assoc_actor_1"), role: "ASSOCIATED" });
  }
  const targetIds = text("actor2") ? find(text("actor2")) : [];
  if (targetIds.length === 1) actors.push({ actorId: targetIds[0], role: "TARGET" });

  const place = text("location") || text("admin3");
  const fatalities = text("fatalities");
  // Checked here because the incident schema's own message for "abc" is zod's generic "Invalid input".
  if (fatalities && !/^\d+$/.test(fatalities)) throw new RowProblem("fatalities", "must be a whole number, 0 or more");
  return {
    title: text("title") || `${text("sub_event_type") || text("event_type") || "Event"}${place || text("admin1") ? ` in ${place || text("admin1")}` : ""}, ${text("event_date")}`,
    occurredOn: text("event_date"),
    datePrecision: precisionCode ? timePrecisionToDate[precisionCode] : "DAY",
    eventType: text("event_type"),
    subEventType: text("sub_event_type"),
    province: text("admin1"),
    district: text("admin2"),
    town: place,
    latitude: text("latitude"),
    longitude: text("longitude"),
    placePrecision: geoCode ? geoPrecisionToPlace[geoCode] : "PROVINCE",
    target: targetIds.length === 1 ? "" : text("actor2"),
    attribution: attribution || "UNCLAIMED",
    notes: text("notes"),
    killedBest: fatalities,
    reconciliationNote: fatalities || text("source") || text("source_scale") ? importedSourceNote(text("source"), text("source_scale")) : "",
    actors,
  };
}

/** The CSV column an INVALID error from createIncident belongs to. */
function blame(error: AppError): { column: string | null; message: string } {
  const [field, messages] = Object.entries(error.fieldErrors)[0] ?? ["_", [error.message]];
  const top = field.split(".")[0];
  const column = top === "actors" ? "actor1" : (fieldToColumn[top] ?? null);
  return { column, message: messages.join(", ") };
}

/**
 * Imports ACLED-style CSV: every good row becomes an incident through createIncident
 * (its own transaction, validation and audit), every bad row is reported with its line
 * and why, and one bad row never stops the others.
 */
export async function importIncidentsCsv(caller: Caller | null, workspace: string, csv: string): Promise<ImportReport> {
  const { workspaceId } = await requireMember(caller, workspace, "edit");
  if (Buffer.byteLength(csv, "utf8") > MAX_IMPORT_BYTES) throw new AppError("INVALID", `file: is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`, { file: [`is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`] });
  const errors: RowError[] = [];
  const records = parse(csv, {
    bom: true,
    info: true,
    trim: true,
    skip_empty_lines: true,
    relax_column_count: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      errors.push({ line: Number(error?.lines ?? 0), column: null, message: error?.message ?? "unreadable row" });
      return undefined;
    },
  }) as unknown as { record: string[]; info: { lines: number } }[];
  if (records.length === 0) throw new AppError("INVALID", "file: is empty; the first line must name the columns", { file: ["is empty; the first line must name the columns"] });

  const header = records[0].record.map((h) => h.trim().toLowerCase());
  const missing = requiredColumns.filter((c) => !header.includes(c));
  if (missing.length) throw new AppError("INVALID", `file: line 1 lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`, { file: [`line 1 lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`] });
  const known = new Set<string>([...acledColumns, ...extraColumns]);
  const rows = records.slice(1);
  if (rows.length > MAX_IMPORT_ROWS) throw new AppError("INVALID", `file: has ${rows.length} rows; import at most ${MAX_IMPORT_ROWS} at a time`, { file: [`has ${rows.length} rows; import at most ${MAX_IMPORT_ROWS} at a time`] });

  const find = await actorDirectory(workspaceId);
  const imported: ImportReport["imported"] = [];
  for (const { record, info } of rows) {
    // info.lines is where the record ends; a quoted value may have spanned several lines.
    const line = info.lines - record.reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
    if (record.length !== header.length) {
      errors.push({ line, column: null, message: `has ${record.length} values; line 1 names ${header.length} columns` });
      continue;
    }
    // Columns ACLED has that we do not keep (event_id_cnty, iso, region…) are ignored.
    const row: Row = Object.fromEntries(header.flatMap((h, i) => (known.has(h) ? [[h, csvUnsafeCell(record[i])]] : [])));
    try {
      const incident = await createIncident(caller, workspaceId, toIncident(row, find));
      imported.push({ line, id: incident.id, title: incident.title });
    } catch (error) {
      if (error instanceof RowProblem) errors.push({ line, column: error.column, message: error.message });
      else if (isAppError(error) && error.code === "INVALID") errors.push({ line, ...blame(error) });
      else throw error; // a lost connection or a revoked role is not this row's fault
    }
  }
  errors.sort((a, b) => a.line - b.line);
  return { imported, errors };
}

/** "line 7: event_date: is not a real calendar date" */
export const describeRowError = (e: RowError) => `line ${e.line}: ${e.column ? `${e.column}: ` : ""}${e.message}`;
