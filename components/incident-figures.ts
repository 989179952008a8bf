// How incident figures read: one number when sources agree on it, a range when they give one.

type Figures = { low: number | null; best: number | null; high: number | null };

/** "8", "8 (5–10)", "5–10", "at least 5", "—". */
export function figure({ low, best, high }: Figures): string {
  const range = low !== null && high !== null ? (low === high ? `${low}` : `${low}–${high}`) : low !== null ? `at least ${low}` : high !== null ? `up to ${high}` : "";
  if (best !== null) return range && range !== `${best}` ? `${best} (${range})` : `${best}`;
  return range || "—";
}

export const killed = (t: { killedLow: number | null; killedBest: number | null; killedHigh: number | null }) =>
  figure({ low: t.killedLow, best: t.killedBest, high: t.killedHigh });

export const injured = (t: { injuredLow: number | null; injuredBest: number | null; injuredHigh: number | null }) =>
  figure({ low: t.injuredLow, best: t.injuredBest, high: t.injuredHigh });

/** Who a toll is attributed to: the reporting actor, else the source, else nobody named. */
export function reporter(t: { reportedBy: { name: string } | null; source: { title: string } | null }): string {
  return t.reportedBy?.name ?? t.source?.title ?? "Unnamed source";
}

export function place(i: { province: string | null; district: string | null; town: string | null; country?: string }): string {
  return [i.province, i.district, i.town].filter(Boolean).join(" / ") || i.country || "Place unknown";
}

