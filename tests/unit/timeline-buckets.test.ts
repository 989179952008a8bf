import { describe, expect, it } from "vitest";
import { niceTicks, packLanes } from "../../components/timeline/chart-layout";
import { bucketKey, bucketLabel, bucketStart, bucketStarts, isoWeek, placeInBucket, precisionSpan } from "../../lib/timeline/buckets";
import { incidentDeaths } from "../../lib/timeline/deaths";
import { provinceTable } from "../../lib/timeline/provinces";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const day = (date: Date) => date.toISOString().slice(0, 10);

describe("ISO weeks", () => {
  it("start on Monday and take the year of their Thursday", () => {
    expect(day(bucketStart(d("2022-04-21"), "week"))).toBe("2022-04-18"); // a Thursday
    expect(day(bucketStart(d("2022-04-24"), "week"))).toBe("2022-04-18"); // Sunday still belongs to it
    expect(day(bucketStart(d("2022-04-25"), "week"))).toBe("2022-04-25"); // Monday opens the next
    // 1 January 2021 was a Friday: ISO week 53 of 2020.
    expect(isoWeek(d("2021-01-01"))).toEqual({ year: 2020, week: 53 });
    expect(bucketKey(d("2021-01-03"), "week")).toBe("2020-W53");
    expect(bucketKey(d("2021-01-04"), "week")).toBe("2021-W01");
    // 31 December 2024 was a Tuesday: week 1 of 2025.
    expect(bucketKey(d("2024-12-31"), "week")).toBe("2025-W01");
    expect(bucketKey(d("2022-04-21"), "week")).toBe("2022-W16");
  });

  it("ignore the time of day and the local zone", () => {
    expect(day(bucketStart(new Date("2022-04-24T23:59:59Z"), "week"))).toBe("2022-04-18");
    expect(bucketLabel(d("2022-04-18"), "week")).toBe("18 Apr 2022");
  });

  it("enumerate every bucket between two dates, both ends included", () => {
    expect(bucketStarts(d("2022-04-21"), d("2022-05-02"), "week").map(day)).toEqual(["2022-04-18", "2022-04-25", "2022-05-02"]);
    expect(bucketStarts(d("2021-11-30"), d("2022-02-01"), "month").map((s) => bucketKey(s, "month"))).toEqual(["2021-11", "2021-12", "2022-01", "2022-02"]);
  });
});

describe("date precision", () => {
  it("gives the interval a date stands for", () => {
    const span = (iso: string, p: "DAY" | "MONTH" | "YEAR" | "ABOUT") => Object.values(precisionSpan(d(iso), p)).map(day);
    expect(span("2022-04-15", "DAY")).toEqual(["2022-04-15", "2022-04-16"]);
    expect(span("2022-04-15", "MONTH")).toEqual(["2022-04-01", "2022-05-01"]);
    expect(span("2022-04-15", "ABOUT")).toEqual(["2022-04-01", "2022-05-01"]);
    expect(span("2022-12-15", "YEAR")).toEqual(["2022-01-01", "2023-01-01"]);
  });

  it("places an incident only where its precision allows", () => {
    expect(bucketKey(placeInBucket(d("2022-04-21"), "DAY", "week")!, "week")).toBe("2022-W16");
    expect(placeInBucket(d("2022-04-01"), "MONTH", "week")).toBeNull(); // which week of April? unknown
    expect(bucketKey(placeInBucket(d("2022-04-01"), "MONTH", "month")!, "month")).toBe("2022-04");
    expect(bucketKey(placeInBucket(d("2022-04-10"), "ABOUT", "month")!, "month")).toBe("2022-04");
    expect(placeInBucket(d("2022-01-01"), "YEAR", "month")).toBeNull();
  });
});

describe("deaths per incident", () => {
  it("prefers the reconciled figure, then the lowest reported, else unknown", () => {
    expect(incidentDeaths({ killedBest: 31, tolls: [{ killedBest: 10 }] })).toEqual({ deaths: 31, rule: "reconciled" });
    expect(incidentDeaths({ killedBest: null, tolls: [{ killedBest: 50 }, { killedBest: null }, { killedBest: 9 }] })).toEqual({ deaths: 9, rule: "lowest-reported" });
    expect(incidentDeaths({ killedBest: 0, tolls: [{ killedBest: 4 }] })).toEqual({ deaths: 0, rule: "reconciled" });
    expect(incidentDeaths({ killedBest: null, tolls: [] })).toEqual({ deaths: null, rule: "none" });
    // "At least 33" is a floor worth counting; "up to 50" alone is not a count.
    expect(incidentDeaths({ killedLow: 33, killedBest: null, tolls: [] })).toEqual({ deaths: 33, rule: "reconciled" });
    expect(incidentDeaths({ killedBest: null, tolls: [{ killedLow: 20, killedBest: null }, { killedBest: 25 }] })).toEqual({ deaths: 20, rule: "lowest-reported" });
    expect(incidentDeaths({ killedBest: null, tolls: [{ killedBest: null, killedLow: null }] })).toEqual({ deaths: null, rule: "none" });
  });
});

describe("province table", () => {
  it("counts incidents, deaths and the claimed share per province", () => {
    const rows = provinceTable([
      { province: "Balkh", country: "Afghanistan", attribution: "CLAIMED", deaths: 31 },
      { province: "Balkh", country: "Afghanistan", attribution: "UNCLAIMED", deaths: null },
      { province: "Kabul", country: "Afghanistan", attribution: "DENIED", deaths: 2 },
      { province: null, country: "Afghanistan", attribution: "CLAIMED", deaths: 1 },
      { province: "Khyber Pakhtunkhwa", country: "Pakistan", attribution: "CLAIMED", deaths: 3 },
    ]);
    expect(rows[0]).toEqual({ province: "Balkh", incidents: 2, deaths: 31, deathsUnknown: 1, claimed: 1, claimedShare: 0.5 });
    expect(rows.map((r) => r.province)).toEqual(["Balkh", "Khyber Pakhtunkhwa (Pakistan)", "Kabul", "Province not recorded"]);
  });
});

describe("chart layout", () => {
  it("ticks in whole steps that cover the maximum", () => {
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(62).at(-1)).toBeGreaterThanOrEqual(62);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it("packs overlapping claim markers into separate lanes", () => {
    const placed = packLanes([{ id: "a", x0: 0, x1: 20 }, { id: "b", x0: 10, x1: 30 }, { id: "c", x0: 25, x1: 40 }]);
    expect(Object.fromEntries(placed.map((p) => [p.id, p.lane]))).toEqual({ a: 0, b: 1, c: 0 });
  });
});
