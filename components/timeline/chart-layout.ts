// Pure geometry for the timeline chart: scales, axis ticks, and the lanes that keep
// claim markers from covering one another.

/** A linear time scale onto [x0, x1]. */
export function timeScale(start: Date, end: Date, x0: number, x1: number) {
  const t0 = start.getTime();
  const span = Math.max(1, end.getTime() - t0);
  return (date: Date) => x0 + ((date.getTime() - t0) / span) * (x1 - x0);
}

/** Round tick values from 0 to at least `max`: steps of 1, 2, 5 × 10ⁿ, about `count` of them. */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const wholeStep = Math.max(1, Math.round(step)); // counts are whole: no 0.5 incidents
  const ticks: number[] = [];
  for (let v = 0; v < max + wholeStep; v += wholeStep) ticks.push(v);
  return ticks;
}

/** Which of `n` bucket labels to print so that at most `room` appear, evenly spaced. */
export function labelEvery(n: number, room: number): number {
  return Math.max(1, Math.ceil(n / Math.max(1, room)));
}

export type Placed<T> = T & { x0: number; x1: number; lane: number };

/**
 * Greedy interval packing: each marker takes the first lane where it does not touch
 * the previous one. After `maxLanes` lanes, markers share the lane that frees up first.
 */
export function packLanes<T>(items: (T & { x0: number; x1: number })[], gap = 3, maxLanes = 12): Placed<T>[] {
  const ends: number[] = [];
  const sorted = [...items].sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1);
  return sorted.map((item) => {
    let lane = ends.findIndex((end) => end + gap <= item.x0);
    if (lane === -1 && ends.length < maxLanes) lane = ends.length;
    if (lane === -1) lane = ends.indexOf(Math.min(...ends));
    ends[lane] = Math.max(ends[lane] ?? -Infinity, item.x1);
    return { ...item, lane };
  });
}
