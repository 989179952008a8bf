import "server-only";
import { stringify } from "csv-stringify/sync";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { isoDay } from "../dates";
import { csvSafeCell } from "../text/csv-safe";
import { incidentDeaths } from "../timeline/deaths";
import { dateToTimePrecision, exportColumns, placeToGeoPrecision, readImportedSource, type CsvColumn } from "./csv-columns";

const uniq = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];

/**
 * The workspace's incidents as CSV under ACLED's column names (plus `title` and
 * `attribution`), one row per incident, oldest first. `fatalities` follows ACLED:
 * one conservative figure — the reconciled best, else the lowest best any source reported.
 * Text cells are neutralised against spreadsheet formula injection.
 */
export async function exportIncidentsCsv(caller: Caller | null, workspace: string): Promise<string> {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const incidents = await db.incident.findMany({
    where: { workspaceId },
    orderBy: [{ occurredOn: { sort: "asc", nulls: "last" } }, { title: "asc" }],
    include: {
      actors: { include: { actor: { select: { name: true } } }, orderBy: { actor: { name: "asc" } } },
      tolls: { include: { reportedBy: { select: { name: true } }, source: { select: { title: true, publisher: true } } }, orderBy: { createdAt: "asc" } },
    },
  });

  const rows = incidents.map((i) => {
    const named = (...roles: string[]) => uniq(i.actors.filter((a) => roles.includes(a.role)).map((a) => a.actor.name));
    const main = named("PERPETRATOR", "CLAIMED_BY", "ATTRIBUTED_TO");
    const targets = named("TARGET");
    const imported = readImportedSource(i.reconciliationNote);
    const reporters = uniq(i.tolls.map((t) => t.reportedBy?.name ?? t.source?.publisher ?? t.source?.title));
    const { deaths } = incidentDeaths(i);
    const row: Record<CsvColumn, string> = {
      event_date: isoDay(i.occurredOn) ?? "",
      time_precision: dateToTimePrecision[i.datePrecision],
      event_type: i.eventType,
      sub_event_type: i.subEventType ?? "",
      actor1: main[0] ?? "",
      // ACLED has one actor1; further perpetrators travel with the associated actors.
      assoc_actor_1: [...main.slice(1), ...named("ASSOCIATED")].join("; "),
      actor2: targets[0] ?? i.target ?? "",
      country: i.country,
      admin1: i.province ?? "",
      admin2: i.district ?? "",
      admin3: "",
      location: i.town ?? "",
      latitude: i.latitude === null ? "" : String(i.latitude),
      longitude: i.longitude === null ? "" : String(i.longitude),
      geo_precision: placeToGeoPrecision[i.placePrecision],
      source: imported ? imported.source : reporters.join("; "),
      source_scale: imported?.scale ?? "",
      notes: i.notes,
      fatalities: deaths === null ? "" : String(deaths),
      title: i.title,
      attribution: i.attribution,
    };
    return exportColumns.map((column) => (numeric.has(column) ? row[column] : csvSafeCell(row[column])));
  });
  return stringify([[...exportColumns], ...rows], { record_delimiter: "\r\n" });
}

// Values we format from numbers ourselves; a minus sign there is a negative coordinate, not a formula.
const numeric = new Set<CsvColumn>(["latitude", "longitude", "fatalities", "time_precision", "geo_precision"]);
