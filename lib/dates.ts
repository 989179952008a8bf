import type { DatePrecision } from "./db/generated/enums";

const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A date as precisely as it is known: "9 March 2023", "March 2023", "2023", "about March 2023". */
export function formatDate(date: Date | null | undefined, precision: DatePrecision | null | undefined): string {
  if (!date) return "date unknown";
  const day = date.getUTCDate();
  const month = months[date.getUTCMonth()];
  const year = date.getUTCFullYear();
  switch (precision ?? "DAY") {
    case "DAY":
      return `${day} ${month} ${year}`;
    case "MONTH":
      return `${month} ${year}`;
    case "YEAR":
      return `${year}`;
    case "ABOUT":
      return `about ${month} ${year}`;
  }
}

/** "YYYY-MM-DD" for date inputs and the API. */
export function isoDay(date: Date | null | undefined): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}
