export type DateWithPrecision = { date: string; precision: "DAY" | "MONTH" | "YEAR" | "ABOUT" };

const approximate = /^(about|approx\.?|approximately|around|circa|ca\.?|c\.|~)\s*/i;

/**
 * A date as people write it in a spreadsheet, with how precise it is:
 * "2022-05-01" (day), "2022-05" (month), "2022" (year), and any of those after
 * "about", "c.", "circa" or "~" (approximate). ISO timestamps count as their day.
 * Stored as the first day of the period, as the paste form does.
 */
export function parseDateWithPrecision(raw: string): DateWithPrecision | { error: string } {
  const value = raw.trim();
  const about = approximate.test(value);
  const rest = value.replace(approximate, "");
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/.exec(rest);
  if (!match) return { error: `"${raw}" is not a date; write YYYY-MM-DD, YYYY-MM or YYYY, optionally after "about"` };
  const [, year, month, day] = match;
  const date = `${year}-${month ?? "01"}-${day ?? "01"}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) return { error: `"${raw}" is not a real calendar date` };
  return { date, precision: about ? "ABOUT" : day ? "DAY" : month ? "MONTH" : "YEAR" };
}
