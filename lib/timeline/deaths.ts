// One number per incident for the deaths line and the CSV `fatalities`. Which one is
// a judgment, so it is stated on the timeline page too. Conservative, as ACLED codes:
// the reconciled figure an analyst made (best, else the floor of an "at least N");
// otherwise the lowest figure any source reported (its best, else its floor); a
// ceiling alone ("up to 50") is not a count, so such an incident stays unknown, never zero.

export type DeathsRule = "reconciled" | "lowest-reported" | "none";

export const deathsRuleText =
  "Deaths per incident: the reconciled figure where an analyst has reconciled the toll (its best, or its floor when only “at least N” is known); otherwise the lowest figure any source reported; a ceiling alone (“up to N”) is not counted, and such incidents show as unknown.";

type Figures = { killedLow?: number | null; killedBest: number | null };
const figure = (f: Figures) => f.killedBest ?? f.killedLow ?? null;

export function incidentDeaths(incident: Figures & { tolls: Figures[] }): { deaths: number | null; rule: DeathsRule } {
  const reconciled = figure(incident);
  if (reconciled !== null) return { deaths: reconciled, rule: "reconciled" };
  const reported = incident.tolls.map(figure).filter((n): n is number => n !== null);
  if (reported.length) return { deaths: Math.min(...reported), rule: "lowest-reported" };
  return { deaths: null, rule: "none" };
}
