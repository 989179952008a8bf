// Memo test data: the demo workspace, a memo over its best-documented dispute,
// and a review judgment with a dissent on one of that dispute's claims.
import type { Caller } from "../../lib/auth/caller";
import { db } from "../../lib/db/client";
import { createMemo } from "../../lib/memos/write-memos";
import { loadDemoWorkspace } from "../../prisma/demo/load-demo";
import { uniqueSuffix } from "./factories";

export async function makeDemoWithMemo(label: string) {
  const suffix = uniqueSuffix();
  const slug = `${label}-${suffix}`;
  const demo = await loadDemoWorkspace({ slug, emailDomain: `${suffix}.${label}.test` });
  const callers: Record<"owner" | "editor" | "reviewer" | "viewer", Caller> = {
    owner: { userId: demo.users.owner },
    editor: { userId: demo.users.editor },
    reviewer: { userId: demo.users.reviewer },
    viewer: { userId: demo.users.viewer },
  };
  const disputes = await db.dispute.findMany({ where: { workspaceId: demo.workspaceId }, include: { claims: true }, orderBy: { createdAt: "asc" } });
  const dispute = disputes.sort((a, b) => b.claims.length - a.claims.length)[0];
  // Review sessions record judgments through their own flow; a memo only reads them.
  const judgment = await db.judgment.create({
    data: {
      workspaceId: demo.workspaceId, disputeId: dispute.id, claimId: dispute.claims[0].claimId, authorId: demo.users.owner,
      statement: "ISKP was not defeated by spring 2022.", likelihood: "very likely", confidence: "moderate",
      rationale: "Attacks continued in four provinces after the claim of defeat.", whatWouldChange: "A year without claimed attacks.",
    },
  });
  await db.dissent.create({ data: { workspaceId: demo.workspaceId, judgmentId: judgment.id, authorId: demo.users.reviewer, text: "The attacks show presence, not strength." } });
  const memo = await createMemo(callers.editor, slug, {
    title: "ISKP after the Taliban takeover",
    citationStyle: "chicago-note-bibliography",
    bluf: "ISKP survived the Taliban's campaign. We assess with high confidence that it is likely to keep attacking cities.",
    disputeIds: [dispute.id],
    judgmentIds: [judgment.id],
    keyJudgments: [{ statement: "ISKP keeps the capacity for mass-casualty attacks in Kabul.", likelihood: "likely", confidence: "moderate" }],
    alternatives: "The Taliban's raids may have reduced ISKP more than attack counts show.",
    whatWouldChange: "Evidence that the claimed attacks were staged by others.",
  });
  return { ...demo, slug, callers, dispute, judgment, memo };
}
