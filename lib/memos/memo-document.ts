import type { JudgedClaim } from "../citations/claim-review";
import { styleInfo, type CitationStyleId } from "../citations/styles";
import { claimKindLabels } from "../claims/schemas";
import { formatDate } from "../dates";
import { scaleLabel } from "../ratings/scales";
import { mixingMessage, mixingWarnings } from "./icd203";
import { incidentsOf, type MaterialClaim, type MaterialIncident, type MemoMaterial } from "./load-material";
import type { MemoCitation } from "./memo-citations";
import { claimVerdict, ratingSummary } from "./memo-ratings";
import { methodsNote } from "./methods-note";
import type { MemoContent } from "./schemas";

export type KeyJudgmentEntry = {
  statement: string;
  likelihood: string;
  confidence: string;
  from: "memo" | "review";
  rationale: string;
  whatWouldChange: string;
  dissents: { author: string; text: string }[];
};
export type EvidenceEntry = { stance: string; note: string; citation: number | null; incident: string | null; claim: string | null };
export type ClaimEntry = {
  id: string; statement: string; kind: string; claimant: string; made: string; ratings: string[];
  appearances: number[]; evidence: EvidenceEntry[];
};
export type TollEntry = { reporter: string; killed: string; injured: string; note: string; citation: number | null };
export type IncidentEntry = { id: string; title: string; date: string; place: string; attribution: string; reconciled: string; reason: string; tolls: TollEntry[] };
export type DisputeSection = {
  id: string; proposition: string; summary: string; status: string;
  sides: { label: string; claims: ClaimEntry[] }[]; incidents: IncidentEntry[];
};
export type SourceAnnexEntry = { id: string; title: string; publisher: string; reliability: string; origin: string; citations: number[] };

export type MemoDocument = {
  memoId: string; title: string; version: number; workspace: string;
  style: { id: CitationStyleId; label: string; kind: "note" | "author-date" };
  exportedAt: Date; stamp: string;
  bluf: string;
  keyJudgments: KeyJudgmentEntry[];
  disputes: DisputeSection[];
  alternatives: { by: string; text: string }[];
  whatWouldChange: string[];
  sources: SourceAnnexEntry[];
  originSummary: { sources: number; origins: number };
  citations: MemoCitation[];
  bibliography: string[];
  warnings: string[];
  judgedClaims: JudgedClaim[];
  methods: string[];
};

export type DocumentExtras = {
  memoId: string; version: number; workspace: string; exportedAt: Date;
  citations: MemoCitation[]; bibliography: string[];
  userName: (id: string) => string;
  /** Current reliability ratings of a source, e.g. "B — Usually reliable (2 ratings)". */
  reliability: (sourceId: string) => string;
  /** The source a source derives from at the root, or null when it is its own origin. */
  originOf: (sourceId: string) => { title: string } | null;
  originSummary: (sourceIds: string[]) => { sources: number; origins: number };
};

const stanceWords: Record<string, string> = { SUPPORTS: "Supports", CONTRADICTS: "Contradicts", CONTEXT: "Context" };
const range = (low: number | null, best: number | null, high: number | null) => {
  if (best === null && low === null && high === null) return "not reported";
  const core = best !== null ? String(best) : "";
  const spread = low !== null || high !== null ? `${low ?? "?"}–${high ?? "?"}` : "";
  return core && spread ? `${core} (${spread})` : core || spread;
};

function incidentEntry(incident: MaterialIncident, cite: (id: string | null | undefined) => number | null): IncidentEntry {
  const place = [incident.town, incident.district, incident.province, incident.country].filter(Boolean).join(", ");
  return {
    id: incident.id,
    title: incident.title,
    date: formatDate(incident.occurredOn, incident.datePrecision),
    place,
    attribution: incident.attribution.toLowerCase(),
    reconciled: `killed ${range(incident.killedLow, incident.killedBest, incident.killedHigh)}; injured ${range(incident.injuredLow, incident.injuredBest, incident.injuredHigh)}`,
    reason: incident.reconciliationNote,
    tolls: incident.tolls.map((t) => ({
      reporter: t.reportedBy?.name ?? t.source?.publisher ?? t.source?.title ?? "unnamed",
      killed: range(t.killedLow, t.killedBest, t.killedHigh),
      injured: range(t.injuredLow, t.injuredBest, t.injuredHigh),
      note: t.note,
      citation: cite(t.excerptId),
    })),
  };
}

function claimEntry(claim: MaterialClaim, cite: (id: string | null | undefined) => number | null, userName: (id: string) => string): ClaimEntry {
  return {
    id: claim.id,
    statement: claim.statement,
    kind: claimKindLabels[claim.kind],
    claimant: [claim.claimant?.name, claim.onBehalfOf?.name].filter(Boolean).join(" for ") || "unattributed",
    made: formatDate(claim.madeAt, claim.madePrecision),
    ratings: ratingSummary(claim.ratings, userName),
    appearances: claim.appearances.map((a) => cite(a.excerptId)).filter((n): n is number => n !== null),
    evidence: claim.evidence.map((e) => ({
      stance: stanceWords[e.stance] ?? e.stance,
      note: e.note,
      citation: cite(e.excerptId),
      incident: e.incident?.title ?? null,
      claim: e.fromClaim?.statement ?? null,
    })),
  };
}

/** The memo as it reads: content the author wrote, assembled with the workspace's evidence. */
export function buildMemoDocument(title: string, content: MemoContent, material: MemoMaterial, extras: DocumentExtras): MemoDocument {
  const citationOf = new Map(extras.citations.map((c) => [c.excerptId, c.n]));
  const cite = (excerptId: string | null | undefined) => (excerptId ? (citationOf.get(excerptId) ?? null) : null);

  const keyJudgments: KeyJudgmentEntry[] = [
    ...content.keyJudgments.map((k) => ({ statement: k.statement, likelihood: scaleLabel("LIKELIHOOD", k.likelihood), confidence: scaleLabel("CONFIDENCE", k.confidence), from: "memo" as const, rationale: "", whatWouldChange: "", dissents: [] })),
    ...material.judgments.map((j) => ({
      statement: j.statement,
      likelihood: scaleLabel("LIKELIHOOD", j.likelihood),
      confidence: scaleLabel("CONFIDENCE", j.confidence),
      from: "review" as const,
      rationale: j.rationale,
      whatWouldChange: j.whatWouldChange,
      dissents: j.dissents.map((d) => ({ author: extras.userName(d.authorId), text: d.text })),
    })),
  ];

  const disputes = material.disputes.map((d): DisputeSection => ({
    id: d.id,
    proposition: d.proposition,
    summary: d.summary,
    status: d.status.replace("_", " ").toLowerCase(),
    sides: [
      { label: "Claims affirming", claims: d.claims.filter((c) => c.side === "AFFIRMS").map((c) => claimEntry(c.claim, cite, extras.userName)) },
      { label: "Counterclaims disputing", claims: d.claims.filter((c) => c.side === "DISPUTES").map((c) => claimEntry(c.claim, cite, extras.userName)) },
    ],
    incidents: incidentsOf(d.claims.map((c) => c.claim)).map((i) => incidentEntry(i, cite)),
  }));

  const alternatives = [
    ...(content.alternatives ? [{ by: "Memo author", text: content.alternatives }] : []),
    ...material.judgments.flatMap((j) => j.dissents.map((d) => ({ by: `${extras.userName(d.authorId)} (dissent on “${j.statement}”)`, text: d.text }))),
  ];
  const whatWouldChange = [content.whatWouldChange, ...material.judgments.map((j) => j.whatWouldChange)].filter(Boolean);

  const sourceIds = [...new Set(extras.citations.map((c) => c.sourceId))];
  const sources = sourceIds.map((id): SourceAnnexEntry => {
    const first = extras.citations.find((c) => c.sourceId === id)!;
    const origin = extras.originOf(id);
    return {
      id,
      title: first.sourceTitle,
      publisher: first.publisher,
      reliability: extras.reliability(id),
      origin: origin ? `derives from “${origin.title}”` : "independent origin",
      citations: extras.citations.filter((c) => c.sourceId === id).map((c) => c.n),
    };
  });

  const claims = material.disputes.flatMap((d) => d.claims.map((c) => c.claim));
  const judgedClaims = claims.flatMap((claim) => {
    const verdict = claimVerdict(claim, material.judgments);
    if (!verdict) return [];
    const appearances = claim.appearances.map((a) => ({ url: a.excerpt.source.url, title: a.excerpt.source.title, publishedAt: a.excerpt.source.publishedAt }));
    return [{ id: claim.id, statement: claim.statement, claimant: claim.claimant?.name ?? claim.onBehalfOf?.name ?? null, madeAt: claim.madeAt, appearances, verdict }];
  });

  const writing = [content.bluf, ...content.keyJudgments.map((k) => k.statement), ...material.judgments.map((j) => j.statement), content.alternatives, content.whatWouldChange];
  const style = styleInfo(content.citationStyle);
  const day = formatDate(extras.exportedAt, "DAY");
  return {
    memoId: extras.memoId,
    title,
    version: extras.version,
    workspace: extras.workspace,
    style: { id: style.id, label: style.label, kind: style.kind },
    exportedAt: extras.exportedAt,
    stamp: `Memo ${title}, version ${extras.version}, exported ${day}`,
    bluf: content.bluf,
    keyJudgments,
    disputes,
    alternatives,
    whatWouldChange,
    sources,
    originSummary: extras.originSummary(sourceIds),
    citations: extras.citations,
    bibliography: extras.bibliography,
    warnings: writing.flatMap((text) => mixingWarnings(text).map(mixingMessage)),
    judgedClaims,
    methods: methodsNote(style.label),
  };
}
