import { describe, expect, it } from "vitest";
import { formatDate, isoDay } from "../../lib/dates";

const march9 = new Date("2023-03-09T00:00:00Z");

describe("formatDate", () => {
  it("writes a date as precisely as it is known", () => {
    expect(formatDate(march9, "DAY")).toBe("9 March 2023");
    expect(formatDate(march9, "MONTH")).toBe("March 2023");
    expect(formatDate(march9, "YEAR")).toBe("2023");
    expect(formatDate(march9, "ABOUT")).toBe("about March 2023");
  });

  it("assumes day precision when none is recorded", () => {
    expect(formatDate(march9, null)).toBe("9 March 2023");
    expect(formatDate(march9, undefined)).toBe("9 March 2023");
  });

  it("says when the date is unknown", () => {
    expect(formatDate(null, "DAY")).toBe("date unknown");
    expect(formatDate(undefined, "YEAR")).toBe("date unknown");
  });

  it("reads the stored midnight in UTC, whatever the local time zone", () => {
    const zone = process.env.TZ;
    try {
      // West of Greenwich, local midnight UTC is still the day before.
      process.env.TZ = "America/Los_Angeles";
      expect(new Date("2022-01-01T00:00:00Z").getDate()).toBe(31);
      expect(formatDate(new Date("2022-01-01T00:00:00Z"), "DAY")).toBe("1 January 2022");
      expect(formatDate(new Date("2022-01-01T00:00:00Z"), "YEAR")).toBe("2022");
      process.env.TZ = "Asia/Kabul";
      expect(formatDate(new Date("2021-12-31T23:59:59Z"), "YEAR")).toBe("2021");
      expect(formatDate(new Date("2024-02-29T00:00:00Z"), "DAY")).toBe("29 February 2024");
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe("isoDay", () => {
  it("gives YYYY-MM-DD or null", () => {
    expect(isoDay(march9)).toBe("2023-03-09");
    expect(isoDay(null)).toBeNull();
  });
});
