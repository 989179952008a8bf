import "server-only";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import type { ExcerptReanchoring, SourceCorrection } from "./correct-source";

export type CitingClaim = { id: string; statement: string; relation: "APPEARS" | "SUPPORTS" | "CONTRADICTS" | "CONTEXT" };

/** One line of the report an editor sees after correcting a text. */
export type CorrectionReportRow = ExcerptReanchoring & {
  /** The quote now (for a fuzzy match, the new wording); an orphan's is the quote it was made with. */
  exact: string;
  /** The quote before the correction, when it differs. */
  previousExact: string | null;
  claims: CitingClaim[];
};

export type CorrectionReport = Omit<SourceCorrection, "results"> & { rows: CorrectionReportRow[] };

const statusOrder = { ORPHANED: 0, FUZZY: 1, MOVED: 2, ANCHORED: 3 } as const;

/**
 * Adds to a correction's results what a person needs to check them: the quote and
 * the claims that cite it. Orphans and fuzzy matches come first, since they want review.
 */
export async function describeCorrection(caller: Caller | null, workspace: string, correction: SourceCorrection): Promise<CorrectionReport> {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const ids = correction.results.map((r) => r.excerptId);
  const [excerpts, audits] = await Promise.all([
    db.excerpt.findMany({
      where: { workspaceId, id: { in: ids } },
      select: {
        id: true,
        exact: true,
        appearances: { select: { claim: { select: { id: true, statement: true } } } },
        evidenceLinks: { select: { stance: true, claim: { select: { id: true, statement: true } } } },
      },
    }),
    // The quote before the correction is in the audit row the correction wrote for each rewritten excerpt.
    db.auditEvent.findMany({
      where: { workspaceId, action: "source.correctText", entityType: "Excerpt", entityId: { in: ids } },
      orderBy: { id: "desc" },
      select: { entityId: true, before: true },
    }),
  ]);
  const byId = new Map(excerpts.map((e) => [e.id, e]));
  const previous = new Map<string, string>();
  for (const audit of audits) {
    const exact = (audit.before as { exact?: unknown } | null)?.exact;
    if (!previous.has(audit.entityId) && typeof exact === "string") previous.set(audit.entityId, exact);
  }
  const rows = correction.results.map((result) => {
    const excerpt = byId.get(result.excerptId);
    const exact = excerpt?.exact ?? "";
    const before = previous.get(result.excerptId);
    const claims: CitingClaim[] = [
      ...(excerpt?.appearances ?? []).map((a) => ({ ...a.claim, relation: "APPEARS" as const })),
      ...(excerpt?.evidenceLinks ?? []).map((l) => ({ ...l.claim, relation: l.stance })),
    ];
    return { ...result, exact, previousExact: result.status === "FUZZY" && before && before !== exact ? before : null, claims };
  });
  rows.sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || a.from.start - b.from.start);
  const { sourceId, version, textVersion, textSha256 } = correction;
  return { sourceId, version, textVersion, textSha256, rows };
}
