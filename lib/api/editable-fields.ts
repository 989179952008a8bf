import "server-only";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { isoDay } from "../dates";
import { AppError } from "../errors";

// The editable fields of a row, shaped as its update schema takes them (dates as
// YYYY-MM-DD), so a PATCH can be merged over them. Editors only: others learn no more
// than a 403, whatever they send.

async function workspaceFor(caller: Caller, workspace: string) {
  return (await requireMember(caller, workspace, "edit")).workspaceId;
}

export async function editableSource(caller: Caller, workspace: string, id: string) {
  const workspaceId = await workspaceFor(caller, workspace);
  const s = await db.source.findFirst({ where: { id, workspaceId }, omit: { text: true } });
  if (!s) throw AppError.notFound("Source");
  return {
    title: s.title,
    publisher: s.publisher,
    authors: s.authors,
    publishedAt: isoDay(s.publishedAt),
    publishedPrecision: s.publishedPrecision,
    url: s.url,
    archiveUrl: s.archiveUrl,
    accessedAt: isoDay(s.accessedAt),
    language: s.language,
    kind: s.kind,
    attribution: s.attribution,
  };
}

export async function editableClaim(caller: Caller, workspace: string, id: string) {
  const workspaceId = await workspaceFor(caller, workspace);
  const c = await db.claim.findFirst({ where: { id, workspaceId } });
  if (!c) throw AppError.notFound("Claim");
  return {
    statement: c.statement,
    kind: c.kind,
    claimantId: c.claimantId,
    onBehalfOfId: c.onBehalfOfId,
    madeAt: isoDay(c.madeAt),
    madePrecision: c.madePrecision,
    numericValue: c.numericValue,
    numericLow: c.numericLow,
    numericHigh: c.numericHigh,
    numericUnit: c.numericUnit,
  };
}

export async function editableDispute(caller: Caller, workspace: string, id: string) {
  const workspaceId = await workspaceFor(caller, workspace);
  const d = await db.dispute.findFirst({ where: { id, workspaceId } });
  if (!d) throw AppError.notFound("Dispute");
  return { proposition: d.proposition, summary: d.summary, status: d.status };
}

export async function editableIncident(caller: Caller, workspace: string, id: string) {
  const workspaceId = await workspaceFor(caller, workspace);
  const i = await db.incident.findFirst({ where: { id, workspaceId } });
  if (!i) throw AppError.notFound("Incident");
  return {
    title: i.title,
    occurredOn: isoDay(i.occurredOn),
    datePrecision: i.datePrecision,
    timeOfDay: i.timeOfDay,
    province: i.province,
    district: i.district,
    town: i.town,
    latitude: i.latitude,
    longitude: i.longitude,
    placePrecision: i.placePrecision,
    eventType: i.eventType,
    subEventType: i.subEventType,
    target: i.target,
    attribution: i.attribution,
    notes: i.notes,
    reconciliationNote: i.reconciliationNote,
    killedLow: i.killedLow,
    killedBest: i.killedBest,
    killedHigh: i.killedHigh,
    injuredLow: i.injuredLow,
    injuredBest: i.injuredBest,
    injuredHigh: i.injuredHigh,
  };
}

export async function editableEvidenceLink(caller: Caller, workspace: string, id: string) {
  const workspaceId = await workspaceFor(caller, workspace);
  const e = await db.evidenceLink.findFirst({ where: { id, workspaceId } });
  if (!e) throw AppError.notFound("Evidence link");
  return { stance: e.stance, note: e.note };
}
