import "server-only";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { AppError } from "../errors";
import { cellKey, raterCells, scoreMatrix, teamCells, type CellRating } from "./score";

/**
 * A dispute's ACH matrix: hypotheses (columns), evidence (rows), every reviewer's
 * ratings, and the scores for the team (median cells), for each reviewer and for the caller.
 */
export async function getAchMatrix(caller: Caller | null, workspace: string, disputeId: string, options: { excludeDeceptive?: boolean } = {}) {
  const { workspaceId, userId } = await requireMember(caller, workspace, "read");
  const dispute = await db.dispute.findFirst({
    where: { id: disputeId, workspaceId },
    select: {
      id: true,
      proposition: true,
      status: true,
      hypotheses: { where: { workspaceId }, orderBy: [{ position: "asc" }, { id: "asc" }] },
      achEvidence: { where: { workspaceId }, orderBy: [{ position: "asc" }, { id: "asc" }] },
    },
  });
  if (!dispute) throw AppError.notFound("Dispute");
  const { hypotheses, achEvidence: evidence, ...head } = dispute;
  const ratings = await db.achRating.findMany({
    where: { workspaceId, hypothesisId: { in: hypotheses.map((h) => h.id) }, evidenceId: { in: evidence.map((e) => e.id) } },
    select: { id: true, hypothesisId: true, evidenceId: true, raterId: true, consistency: true, version: true },
    orderBy: { createdAt: "asc" },
  });
  const raterIds = [...new Set(ratings.map((r) => r.raterId))];
  const users = await db.user.findMany({ where: { id: { in: raterIds } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  const raters = raterIds.map((id) => ({ id, name: names.get(id) ?? "Former member" })).sort((a, b) => a.name.localeCompare(b.name));

  const ids = hypotheses.map((h) => h.id);
  const cells: CellRating[] = ratings;
  const team = teamCells(cells);
  const score = (lookup: (h: string, e: string) => CellRating["consistency"] | null | undefined) => scoreMatrix(ids, evidence, lookup, options);
  const perRater = (raterId: string) => {
    const own = raterCells(cells, raterId);
    return { cells: Object.fromEntries(own), score: score((h, e) => own.get(cellKey(h, e))) };
  };

  return {
    dispute: head,
    hypotheses,
    evidence,
    ratings,
    raters,
    excludeDeceptive: Boolean(options.excludeDeceptive),
    team: { cells: Object.fromEntries(team), score: score((h, e) => team.get(cellKey(h, e))?.code) },
    byRater: raters.map((r) => ({ rater: r, ...perRater(r.id) })),
    mine: { raterId: userId, ...perRater(userId) },
  };
}

export type AchMatrix = Awaited<ReturnType<typeof getAchMatrix>>;

/** What an editor can add as ACH evidence: the dispute's claims and the excerpts and incidents cited for them. */
export async function achEvidenceChoices(caller: Caller | null, workspace: string, disputeId: string) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const dispute = await db.dispute.findFirst({
    where: { id: disputeId, workspaceId },
    select: {
      claims: {
        orderBy: { position: "asc" },
        select: {
          side: true,
          claim: {
            select: {
              id: true,
              statement: true,
              claimant: { select: { name: true } },
              evidence: {
                where: { workspaceId },
                select: {
                  excerpt: { select: { id: true, exact: true, source: { select: { title: true } } } },
                  incident: { select: { id: true, title: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!dispute) throw AppError.notFound("Dispute");
  const claims = dispute.claims.map(({ side, claim }) => ({ id: claim.id, side, statement: claim.statement, claimant: claim.claimant?.name ?? null }));
  const links = dispute.claims.flatMap(({ claim }) => claim.evidence);
  const unique = <T extends { id: string }>(rows: (T | null)[]) => [...new Map(rows.filter((r): r is T => r !== null).map((r) => [r.id, r])).values()];
  return {
    claims,
    incidents: unique(links.map((l) => l.incident)),
    excerpts: unique(links.map((l) => l.excerpt)).map((e) => ({ id: e.id, exact: e.exact, source: e.source.title })),
  };
}
