// Incidents per province: count, deaths (same rule as the timeline) and the share
// the perpetrating group itself claimed.
import type { AttributionState } from "../db/generated/enums";

export type ProvinceRow = { province: string; incidents: number; deaths: number; deathsUnknown: number; claimed: number; claimedShare: number };

type PlacedIncident = { province: string | null; country: string; attribution: AttributionState; deaths: number | null };

export const NO_PROVINCE = "Province not recorded";

export function provinceTable(incidents: PlacedIncident[]): ProvinceRow[] {
  const rows = new Map<string, ProvinceRow>();
  for (const incident of incidents) {
    const name = incident.province ?? NO_PROVINCE;
    // Afghanistan is the workspace's default country; name any other so its provinces are not mistaken for Afghan ones.
    const key = incident.country === "Afghanistan" ? name : `${name} (${incident.country})`;
    const row = rows.get(key) ?? { province: key, incidents: 0, deaths: 0, deathsUnknown: 0, claimed: 0, claimedShare: 0 };
    row.incidents += 1;
    if (incident.deaths === null) row.deathsUnknown += 1;
    else row.deaths += incident.deaths;
    if (incident.attribution === "CLAIMED") row.claimed += 1;
    rows.set(key, row);
  }
  return [...rows.values()]
    .map((row) => ({ ...row, claimedShare: row.claimed / row.incidents }))
    .sort((a, b) => b.incidents - a.incidents || b.deaths - a.deaths || a.province.localeCompare(b.province));
}
