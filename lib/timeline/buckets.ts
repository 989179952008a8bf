// Pure date arithmetic for the timeline: ISO weeks and calendar months, all in UTC
// (dates are stored as midnight UTC, so local time zones must never shift a day).
import type { DatePrecision } from "../db/generated/enums";

export type BucketSize = "week" | "month";

const DAY = 86_400_000;
const shortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const utcDay = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

/** The Monday that starts the ISO week holding `date`. */
export function isoWeekStart(date: Date): Date {
  const day = utcDay(date);
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return new Date(day.getTime() - weekday * DAY);
}

/** ISO 8601 week-numbering year and week (the week belongs to the year of its Thursday). */
export function isoWeek(date: Date): { year: number; week: number } {
  const thursday = new Date(isoWeekStart(date).getTime() + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return { year, week };
}

export function bucketStart(date: Date, size: BucketSize): Date {
  return size === "week" ? isoWeekStart(date) : new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

/** The first instant after the bucket that starts at `start`. */
export function bucketEnd(start: Date, size: BucketSize): Date {
  return size === "week" ? new Date(start.getTime() + 7 * DAY) : new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
}

/** "2022-W17" or "2022-04": sortable, and what the data table shows. */
export function bucketKey(date: Date, size: BucketSize): string {
  if (size === "week") {
    const { year, week } = isoWeek(date);
    return `${year}-W${String(week).padStart(2, "0")}`;
  }
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** "Apr 2022", or "25 Apr 2022" for the Monday of a week. */
export function bucketLabel(start: Date, size: BucketSize): string {
  const month = `${shortMonths[start.getUTCMonth()]} ${start.getUTCFullYear()}`;
  return size === "week" ? `${start.getUTCDate()} ${month}` : month;
}

/** Every bucket start from the bucket holding `from` to the one holding `to`, inclusive. */
export function bucketStarts(from: Date, to: Date, size: BucketSize): Date[] {
  const starts: Date[] = [];
  for (let at = bucketStart(from, size); at <= to; at = bucketEnd(at, size)) starts.push(at);
  return starts;
}

/**
 * The interval a date of a given precision stands for: a day, its month, its year.
 * "About" dates are taken as their month — close enough to read, never a precise day.
 */
export function precisionSpan(date: Date, precision: DatePrecision | null | undefined): { start: Date; end: Date } {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  switch (precision ?? "DAY") {
    case "DAY":
      return { start: utcDay(date), end: new Date(utcDay(date).getTime() + DAY) };
    case "MONTH":
    case "ABOUT":
      return { start: new Date(Date.UTC(y, m, 1)), end: new Date(Date.UTC(y, m + 1, 1)) };
    case "YEAR":
      return { start: new Date(Date.UTC(y, 0, 1)), end: new Date(Date.UTC(y + 1, 0, 1)) };
  }
}

/**
 * The bucket an incident belongs to, or null when its date is too coarse to place
 * there (a month-precise incident has no week; a year-precise one has no month).
 * Placing it anyway would invent precision the sources do not give.
 */
export function placeInBucket(date: Date, precision: DatePrecision | null | undefined, size: BucketSize): Date | null {
  const span = precisionSpan(date, precision);
  const first = bucketStart(span.start, size);
  const last = bucketStart(new Date(span.end.getTime() - 1), size);
  return first.getTime() === last.getTime() ? first : null;
}
