// One number per incident for the deaths line. Which one is a judgment, so it is
// stated on the timeline page too: the reconciled best figure when an analyst has
// made one; otherwise the lowest "best" figure any source reported (the
// conservative reading ACLED uses); otherwise unknown, never zero.

export type DeathsRule = "reconciled" | "lowest-reported" | "none";

export const deathsRuleText =
  "Deaths per incident: the reconciled best figure where an analyst has reconciled the toll; otherwise the lowest best figure any source reported; incidents with no figure add nothing and are counted as unknown.";

export function incidentDeaths(incident: { killedBest: number | null; tolls: { killedBest: number | null }[] }): { deaths: number | null; rule: DeathsRule } {
  if (incident.killedBest !== null) return { deaths: incident.killedBest, rule: "reconciled" };
  const reported = incident.tolls.map((t) => t.killedBest).filter((n): n is number => n !== null);
  if (reported.length) return { deaths: Math.min(...reported), rule: "lowest-reported" };
  return { deaths: null, rule: "none" };
}
