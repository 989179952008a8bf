import "server-only";
import { z } from "zod";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import type { AttributionState, ClaimKind, DatePrecision, DisputeSide } from "../db/generated/enums";
import { AppError } from "../errors";
import { attributionStates } from "../incidents/schemas";
import { id, isoDate } from "../schemas";
import { bucketEnd, bucketKey, bucketLabel, bucketStarts, placeInBucket, precisionSpan, type BucketSize } from "./buckets";
import { incidentDeaths, type DeathsRule } from "./deaths";
import { provinceTable, type ProvinceRow } from "./provinces";

// Enough for ten years of months or seven years of weeks; beyond that a bar is under a pixel wide.
const MAX_BUCKETS = 400;

const optionalId = z.union([z.literal(""), id]).optional().nullable().transform((v) => v || null);

export const timelineQuerySchema = z
  .object({
    from: isoDate,
    to: isoDate,
    bucket: z.enum(["week", "month"], { error: "must be week or month" }).default("month"),
    actorId: optionalId,
    province: z.string().trim().max(100, "must be at most 100 characters").optional().nullable().transform((v) => v || null),
    disputeId: optionalId,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "must not be before the start date" });

export type TimelineQuery = z.input<typeof timelineQuerySchema>;

export type TimelineIncident = {
  id: string;
  title: string;
  occurredOn: Date;
  datePrecision: DatePrecision;
  attribution: AttributionState;
  province: string | null;
  deaths: number | null;
  deathsRule: DeathsRule;
  /** Start of the bucket it is drawn in; null when its date is too coarse for this bucket size. */
  bucket: string | null;
};

export type TimelineClaim = {
  id: string;
  statement: string;
  kind: ClaimKind;
  madeAt: Date;
  madePrecision: DatePrecision | null;
  claimant: string | null;
  /** The interval the claim's date stands for: one day, or a whole month or year. */
  start: Date;
  end: Date;
  side: DisputeSide | null;
};

export type TimelineBucket = {
  key: string;
  label: string;
  start: Date;
  end: Date;
  counts: Record<AttributionState, number>;
  total: number;
  deaths: number;
  deathsUnknown: number;
  incidentIds: string[];
};

export type Timeline = {
  query: z.output<typeof timelineQuerySchema>;
  from: Date | null;
  to: Date | null;
  buckets: TimelineBucket[];
  incidents: TimelineIncident[];
  claims: TimelineClaim[];
  undatedIncidents: number;
  provinces: ProvinceRow[];
};

const emptyCounts = () => Object.fromEntries(attributionStates.map((s) => [s, 0])) as Record<AttributionState, number>;
const invalid = (field: string, message: string) => new AppError("INVALID", `${field}: ${message}`, { [field]: [message] });

/**
 * Incidents per week or month by attribution state, with deaths, beside the dated
 * claims of the same period: what was said, set against what happened.
 * The dispute filter narrows the claims (and says on which side each stands); the
 * actor filter narrows both; the province filter narrows incidents, since a claim has no place.
 */
export async function buildTimeline(caller: Caller | null, workspace: string, rawQuery: unknown): Promise<Timeline> {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const parsed = timelineQuerySchema.safeParse(rawQuery);
  if (!parsed.success) throw AppError.invalid(parsed.error);
  const query = parsed.data;
  const size: BucketSize = query.bucket;

  if (query.actorId && !(await db.actor.findFirst({ where: { id: query.actorId, workspaceId }, select: { id: true } }))) {
    throw invalid("actorId", "no such actor in this workspace");
  }
  if (query.disputeId && !(await db.dispute.findFirst({ where: { id: query.disputeId, workspaceId }, select: { id: true } }))) {
    throw invalid("disputeId", "no such dispute in this workspace");
  }

  const range = { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lte: query.to } : {}) };
  const incidentWhere = {
    workspaceId,
    ...(query.province ? { province: { equals: query.province, mode: "insensitive" as const } } : {}),
    ...(query.actorId ? { actors: { some: { actorId: query.actorId } } } : {}),
  };
  const [incidentRows, undatedIncidents, claimRows] = await Promise.all([
    db.incident.findMany({
      where: { ...incidentWhere, occurredOn: { not: null, ...range } },
      select: { id: true, title: true, occurredOn: true, datePrecision: true, attribution: true, province: true, country: true, killedLow: true, killedBest: true, tolls: { select: { killedLow: true, killedBest: true } } },
      orderBy: [{ occurredOn: "asc" }, { title: "asc" }],
    }),
    db.incident.count({ where: { ...incidentWhere, occurredOn: null } }),
    db.claim.findMany({
      where: {
        workspaceId,
        madeAt: { not: null, ...range },
        ...(query.actorId ? { OR: [{ claimantId: query.actorId }, { onBehalfOfId: query.actorId }] } : {}),
        ...(query.disputeId ? { disputes: { some: { disputeId: query.disputeId } } } : {}),
      },
      select: {
        id: true, statement: true, kind: true, madeAt: true, madePrecision: true,
        claimant: { select: { name: true } },
        onBehalfOf: { select: { name: true } },
        disputes: query.disputeId ? { where: { disputeId: query.disputeId }, select: { side: true } } : { take: 0, select: { side: true } },
      },
      orderBy: [{ madeAt: "asc" }, { statement: "asc" }],
    }),
  ]);

  const incidents: TimelineIncident[] = incidentRows.map((row) => {
    const { deaths, rule } = incidentDeaths(row);
    const at = placeInBucket(row.occurredOn!, row.datePrecision, size);
    return {
      id: row.id, title: row.title, occurredOn: row.occurredOn!, datePrecision: row.datePrecision, attribution: row.attribution,
      province: row.province, deaths, deathsRule: rule, bucket: at ? bucketKey(at, size) : null,
    };
  });
  const claims: TimelineClaim[] = claimRows.map((row) => ({
    id: row.id, statement: row.statement, kind: row.kind, madeAt: row.madeAt!, madePrecision: row.madePrecision,
    claimant: row.claimant?.name ?? row.onBehalfOf?.name ?? null,
    ...precisionSpan(row.madeAt!, row.madePrecision),
    side: row.disputes[0]?.side ?? null,
  }));

  // Without a given range, the chart spans the data it has to show.
  const dates = [...incidents.map((i) => i.occurredOn), ...claims.flatMap((c) => [c.start, new Date(c.end.getTime() - 1)])].map((d) => d.getTime());
  const from = query.from ?? (dates.length ? new Date(Math.min(...dates)) : null);
  const to = query.to ?? (dates.length ? new Date(Math.max(...dates)) : null);
  const starts = from && to ? bucketStarts(from, to, size) : [];
  if (starts.length > MAX_BUCKETS) {
    throw invalid("from", `spans ${starts.length} ${size}s; narrow the dates${size === "week" ? " or count by month" : ""} (at most ${MAX_BUCKETS})`);
  }

  const buckets = new Map<string, TimelineBucket>(
    starts.map((start) => {
      const key = bucketKey(start, size);
      return [key, { key, label: bucketLabel(start, size), start, end: bucketEnd(start, size), counts: emptyCounts(), total: 0, deaths: 0, deathsUnknown: 0, incidentIds: [] }];
    }),
  );
  for (const incident of incidents) {
    const bucket = incident.bucket ? buckets.get(incident.bucket) : undefined;
    if (!bucket) continue;
    bucket.counts[incident.attribution] += 1;
    bucket.total += 1;
    bucket.incidentIds.push(incident.id);
    if (incident.deaths === null) bucket.deathsUnknown += 1;
    else bucket.deaths += incident.deaths;
  }

  const provinces = provinceTable(incidentRows.map((row, n) => ({ province: row.province, country: row.country, attribution: row.attribution, deaths: incidents[n].deaths })));
  return { query, from, to, buckets: [...buckets.values()], incidents, claims, undatedIncidents, provinces };
}
