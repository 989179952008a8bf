// How ACLED's columns map onto an Incident, both ways. Kept in one place so import
// and export cannot drift apart; docs/API.md describes the same table for people.
import type { DatePrecision, PlacePrecision } from "../db/generated/enums";

/** ACLED's own column names, in ACLED's order, then two of ours (ACLED has neither). */
export const acledColumns = [
  "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2",
  "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
  "source", "source_scale", "notes", "fatalities",
] as const;
export const extraColumns = ["title", "attribution"] as const;
export const exportColumns = [...acledColumns, ...extraColumns] as const;
export type CsvColumn = (typeof exportColumns)[number];
export const requiredColumns: CsvColumn[] = ["event_date", "event_type"];

/**
 * ACLED time_precision: 1 the day is known, 2 known to within a week or so, 3 only the month.
 * We have no "week" precision; "about" is the honest reading of 2. A year-only date has no
 * ACLED code, so it leaves as 3 (the nearest, still coarser than a day).
 */
export const timePrecisionToDate: Record<string, DatePrecision> = { "1": "DAY", "2": "ABOUT", "3": "MONTH" };
export const dateToTimePrecision: Record<DatePrecision, string> = { DAY: "1", ABOUT: "2", MONTH: "3", YEAR: "3" };

/** ACLED geo_precision: 1 the town itself, 2 a nearby or part-of-region place, 3 a larger region. */
export const geoPrecisionToPlace: Record<string, PlacePrecision> = { "1": "TOWN", "2": "DISTRICT", "3": "PROVINCE" };
export const placeToGeoPrecision: Record<PlacePrecision, string> = { EXACT: "1", TOWN: "1", DISTRICT: "2", PROVINCE: "3", COUNTRY: "3" };

/** Which CSV column to blame for an error on an Incident field. */
export const fieldToColumn: Record<string, CsvColumn> = {
  occurredOn: "event_date",
  datePrecision: "time_precision",
  eventType: "event_type",
  subEventType: "sub_event_type",
  province: "admin1",
  district: "admin2",
  town: "location",
  latitude: "latitude",
  longitude: "longitude",
  placePrecision: "geo_precision",
  notes: "notes",
  killedBest: "fatalities",
  reconciliationNote: "source",
  target: "actor2",
  title: "title",
  attribution: "attribution",
  country: "country",
};

// ACLED's `source` and `source_scale` are text about the coded figure; we keep them in the
// reconciliation note in a fixed form, so an export can give them back.
const sourcePrefix = "Fatalities as coded in an imported ACLED-style CSV (the most conservative reported figure).";

export function importedSourceNote(source: string, scale: string): string {
  return [sourcePrefix, source && `Source: ${source}`, scale && `Source scale: ${scale}`].filter(Boolean).join("\n");
}

export function readImportedSource(note: string): { source: string; scale: string } | null {
  if (!note.startsWith(sourcePrefix)) return null;
  const line = (label: string) => note.split("\n").find((l) => l.startsWith(`${label}: `))?.slice(label.length + 2) ?? "";
  return { source: line("Source"), scale: line("Source scale") };
}
