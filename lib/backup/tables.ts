import * as E from "../db/generated/enums";
import type { Columns } from "./columns";

/**
 * Every workspace-scoped table of prisma/schema.prisma, in the order a restore
 * inserts them (parents before children). `users` names the columns that hold a
 * user id: a restore re-links them by email. tests/integration/backup.test.ts
 * checks this list against the generated client, so a new table or column
 * cannot be left out of backups silently.
 */
export type BackupTable = {
  name: string;
  columns: Columns;
  users?: string[];
  /** The canonical row order; rows are sorted by this key, compared as plain strings (or numbers for bigint ids). */
  key?: (row: Record<string, unknown>) => string;
};

/** Tables a backup leaves out on purpose, and why. */
export const excludedTables: Record<string, string> = {
  User: "people are carried as email and name only (the `users` list); never password hashes",
  ApiToken: "bearer-token hashes are credentials; members create new tokens after a restore",
  SearchText: "derived: the database triggers rebuild it from sources, excerpts and claims as they are inserted",
  SecurityEvent: "the deployment's sign-in log, not workspace content",
};

const opt = (values: Record<string, string>) => ({ enum: values, optional: true });
const en = (values: Record<string, string>) => ({ enum: values });
const ws = { id: "string", workspaceId: "string" } as const;

export const backupTables: BackupTable[] = [
  { name: "Workspace", columns: { id: "string", slug: "string", name: "string", description: "string", createdAt: "date", updatedAt: "date", version: "int" } },
  { name: "Membership", users: ["userId"], columns: { ...ws, userId: "string", role: en(E.Role), createdAt: "date", version: "int" } },
  { name: "Actor", columns: { ...ws, name: "string", kind: en(E.ActorKind), description: "string", createdAt: "date", updatedAt: "date", version: "int" } },
  { name: "ActorAlias", columns: { ...ws, actorId: "string", alias: "string", normalized: "string", language: "string?", createdAt: "date" } },
  { name: "Affiliation", columns: { ...ws, personId: "string", organisationId: "string", role: "string", since: "date?", until: "date?", version: "int" } },
  {
    name: "Source",
    users: ["createdById"],
    columns: {
      ...ws, title: "string", publisher: "string", authors: "strings", publishedAt: "date?", publishedPrecision: opt(E.DatePrecision),
      url: "string?", archiveUrl: "string?", accessedAt: "date?", language: "string", kind: en(E.SourceKind), attribution: "string",
      text: "string", textSha256: "string", textVersion: "int", createdById: "string?", createdAt: "date", updatedAt: "date", version: "int",
    },
  },
  { name: "SourceRevision", users: ["createdById"], columns: { ...ws, sourceId: "string", textVersion: "int", text: "string", textSha256: "string", note: "string", createdById: "string?", createdAt: "date" } },
  { name: "SourceDerivation", columns: { ...ws, sourceId: "string", originId: "string", kind: en(E.DerivationKind), note: "string", createdAt: "date" } },
  {
    name: "Excerpt",
    users: ["createdById"],
    columns: {
      ...ws, sourceId: "string", start: "int", end: "int", exact: "string", prefix: "string", suffix: "string", textVersion: "int", textSha256: "string",
      anchorStatus: en(E.AnchorStatus), anchorScore: "float?", note: "string", createdById: "string?", createdAt: "date", updatedAt: "date", version: "int",
    },
  },
  {
    name: "Claim",
    users: ["createdById"],
    columns: {
      ...ws, statement: "string", kind: en(E.ClaimKind), claimantId: "string?", onBehalfOfId: "string?", madeAt: "date?", madePrecision: opt(E.DatePrecision),
      numericValue: "float?", numericLow: "float?", numericHigh: "float?", numericUnit: "string?", createdById: "string?", createdAt: "date", updatedAt: "date", version: "int",
    },
  },
  { name: "ClaimAppearance", columns: { ...ws, claimId: "string", excerptId: "string", createdAt: "date" } },
  { name: "Tag", columns: { ...ws, name: "string", description: "string", version: "int" } },
  { name: "ClaimTag", key: (row) => `${row.claimId} ${row.tagId}`, columns: { claimId: "string", tagId: "string", workspaceId: "string" } },
  {
    name: "Incident",
    users: ["createdById"],
    columns: {
      ...ws, title: "string", occurredOn: "date?", datePrecision: en(E.DatePrecision), timeOfDay: "string?", country: "string", province: "string?",
      district: "string?", town: "string?", latitude: "float?", longitude: "float?", placePrecision: en(E.PlacePrecision), eventType: "string",
      subEventType: "string?", target: "string?", attribution: en(E.AttributionState), notes: "string", killedLow: "int?", killedBest: "int?",
      killedHigh: "int?", injuredLow: "int?", injuredBest: "int?", injuredHigh: "int?", reconciliationNote: "string", createdById: "string?",
      createdAt: "date", updatedAt: "date", version: "int",
    },
  },
  { name: "IncidentActor", columns: { ...ws, incidentId: "string", actorId: "string", role: en(E.IncidentActorRole) } },
  {
    name: "IncidentToll",
    columns: {
      ...ws, incidentId: "string", reportedById: "string?", sourceId: "string?", excerptId: "string?", killedLow: "int?", killedBest: "int?", killedHigh: "int?",
      injuredLow: "int?", injuredBest: "int?", injuredHigh: "int?", note: "string", createdAt: "date", version: "int",
    },
  },
  { name: "ClaimLink", users: ["createdById"], columns: { ...ws, type: en(E.ClaimLinkType), fromClaimId: "string", toClaimId: "string?", incidentId: "string?", note: "string", createdById: "string?", createdAt: "date" } },
  { name: "Dispute", users: ["createdById"], columns: { ...ws, proposition: "string", summary: "string", status: en(E.DisputeStatus), createdById: "string?", createdAt: "date", updatedAt: "date", version: "int" } },
  { name: "DisputeClaim", columns: { ...ws, disputeId: "string", claimId: "string", side: en(E.DisputeSide), position: "int", createdAt: "date", version: "int" } },
  {
    name: "EvidenceLink",
    users: ["createdById"],
    columns: {
      ...ws, claimId: "string", excerptId: "string?", incidentId: "string?", fromClaimId: "string?", stance: en(E.Stance), note: "string",
      createdById: "string?", createdAt: "date", updatedAt: "date", version: "int",
    },
  },
  { name: "Hypothesis", columns: { ...ws, disputeId: "string", label: "string", statement: "string", position: "int", version: "int" } },
  {
    name: "AchEvidence",
    columns: {
      ...ws, disputeId: "string", description: "string", claimId: "string?", excerptId: "string?", incidentId: "string?", credibility: en(E.AchWeight),
      relevance: en(E.AchWeight), possiblyDeceptive: "bool", position: "int", version: "int",
    },
  },
  { name: "AchRating", users: ["raterId"], columns: { ...ws, hypothesisId: "string", evidenceId: "string", raterId: "string", consistency: en(E.AchConsistency), createdAt: "date", version: "int" } },
  { name: "ReviewSession", users: ["facilitatorId"], columns: { ...ws, title: "string", facilitatorId: "string", phase: en(E.SessionPhase), createdAt: "date", closedAt: "date?", version: "int" } },
  { name: "ReviewParticipant", users: ["userId"], columns: { ...ws, sessionId: "string", userId: "string", finishedAt: "date?" } },
  { name: "ReviewItem", columns: { ...ws, sessionId: "string", disputeId: "string?", claimId: "string?", position: "int", revealedAt: "date?", version: "int" } },
  { name: "SessionEvent", columns: { id: "bigint", workspaceId: "string", sessionId: "string", kind: "string", payload: "json", createdAt: "date" } },
  {
    name: "Rating",
    users: ["raterId"],
    columns: {
      ...ws, raterId: "string", scale: en(E.RatingScale), value: "string", rationale: "string", sourceId: "string?", claimId: "string?", reviewItemId: "string?",
      supersedesId: "string?", changeReason: "string?", current: "bool", createdAt: "date", version: "int",
    },
  },
  {
    name: "Judgment",
    users: ["authorId"],
    columns: {
      ...ws, reviewItemId: "string?", disputeId: "string?", claimId: "string?", statement: "string", likelihood: "string", confidence: "string",
      rationale: "string", whatWouldChange: "string", authorId: "string", createdAt: "date", version: "int",
    },
  },
  { name: "Dissent", users: ["authorId"], columns: { ...ws, judgmentId: "string", authorId: "string", text: "string", createdAt: "date", version: "int" } },
  { name: "Memo", users: ["createdById"], columns: { ...ws, title: "string", citationStyle: "string", createdById: "string", createdAt: "date", updatedAt: "date", version: "int" } },
  { name: "MemoRevision", users: ["createdById"], columns: { ...ws, memoId: "string", number: "int", body: "json", createdById: "string", createdAt: "date" } },
  {
    name: "AuditEvent",
    users: ["userId"],
    columns: { id: "bigint", workspaceId: "string?", userId: "string?", action: "string", entityType: "string", entityId: "string", before: "json?", after: "json?", createdAt: "date" },
  },
];

export const tableNames = backupTables.map((t) => t.name);

/** Tables whose ids come from a sequence (BIGSERIAL) rather than being cuids. */
export const sequenceTables = backupTables.filter((t) => t.columns.id === "bigint").map((t) => t.name);

/** The sort key of a row: its id, or the table's own key. */
export function rowKey(table: BackupTable, row: Record<string, unknown>): string {
  return table.key ? table.key(row) : String(row.id);
}
