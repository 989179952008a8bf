import "server-only";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { AppError } from "../errors";

// The editable fields of hypotheses and ACH evidence, shaped as their update schemas
// take them, so a PATCH can be merged over them. The row must belong to the dispute
// in the URL. Editors only, as in lib/api/editable-fields.ts.

export async function editableHypothesis(caller: Caller, workspace: string, disputeId: string, id: string) {
  const { workspaceId } = await requireMember(caller, workspace, "edit");
  const h = await db.hypothesis.findFirst({ where: { id, disputeId, workspaceId } });
  if (!h) throw AppError.notFound("Hypothesis");
  return { label: h.label, statement: h.statement };
}

export async function editableAchEvidence(caller: Caller, workspace: string, disputeId: string, id: string) {
  const { workspaceId } = await requireMember(caller, workspace, "edit");
  const e = await db.achEvidence.findFirst({ where: { id, disputeId, workspaceId } });
  if (!e) throw AppError.notFound("ACH evidence");
  return { description: e.description, credibility: e.credibility, relevance: e.relevance, possiblyDeceptive: e.possiblyDeceptive };
}
