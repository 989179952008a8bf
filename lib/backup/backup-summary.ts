import "server-only";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { delegateOf } from "./database-tables";
import { backupTables } from "./tables";

/** What a backup of the workspace would hold, in the analyst's words, grouped as the backup page shows it. */
const groups: { label: string; tables: string[] }[] = [
  { label: "Members (by email and name)", tables: ["Membership"] },
  { label: "Actors, aliases and affiliations", tables: ["Actor", "ActorAlias", "Affiliation"] },
  { label: "Sources, earlier text versions and derivations", tables: ["Source", "SourceRevision", "SourceDerivation"] },
  { label: "Excerpts", tables: ["Excerpt"] },
  { label: "Claims, appearances, tags and links", tables: ["Claim", "ClaimAppearance", "Tag", "ClaimTag", "ClaimLink"] },
  { label: "Incidents, actors and reported figures", tables: ["Incident", "IncidentActor", "IncidentToll"] },
  { label: "Disputes and evidence", tables: ["Dispute", "DisputeClaim", "EvidenceLink"] },
  { label: "ACH matrices", tables: ["Hypothesis", "AchEvidence", "AchRating"] },
  { label: "Ratings (with their history)", tables: ["Rating"] },
  { label: "Review sessions, judgments and dissents", tables: ["ReviewSession", "ReviewParticipant", "ReviewItem", "SessionEvent", "Judgment", "Dissent"] },
  { label: "Memos and their versions", tables: ["Memo", "MemoRevision"] },
  { label: "Audit log", tables: ["AuditEvent"] },
];

export type BackupSummaryLine = { label: string; rows: number };

/** Row counts of what a backup would hold (owners only, like the backup itself). */
export async function summarizeWorkspaceBackup(caller: Caller | null, workspace: string): Promise<BackupSummaryLine[]> {
  const membership = await requireMember(caller, workspace, "manage");
  const workspaceId = membership.workspaceId;
  const counts = new Map<string, number>();
  for (const table of backupTables.slice(1)) counts.set(table.name, await delegateOf(db, table.name).count({ where: { workspaceId } }));
  return groups.map((g) => ({ label: g.label, rows: g.tables.reduce((sum, t) => sum + (counts.get(t) ?? 0), 0) }));
}
