// An ACH matrix for the demo dispute about the Taliban's announced raids, built through
// the same domain functions the app uses (validated and audited like any edit).
import { rateAchCell } from "../../lib/ach/rate-cells";
import { addAchEvidence } from "../../lib/ach/write-evidence";
import { addHypothesis } from "../../lib/ach/write-hypotheses";
import type { Consistency } from "../../lib/ach/score";
import { db } from "../../lib/db/client";
import { demoWorkspace as demo } from "./workspace";

type Loaded = { workspaceId: string; users: Record<string, string>; claims: Record<string, string>; incidents: Record<string, string> };

const hypotheses = [
  { label: "H1", statement: "The raids were real and killed the people the Taliban named." },
  { label: "H2", statement: "The raids were real, but the Taliban inflated who and how many were killed." },
  { label: "H3", statement: "The raids were largely staged for show; the announced kills did not happen." },
];

// Each row with the demo editor's and reviewer's ratings against H1, H2, H3 (they differ on purpose:
// the cells where they split are what the team would meet on).
const rows: { claim?: string; incident?: string; credibility: "LOW" | "MEDIUM" | "HIGH"; relevance: "LOW" | "MEDIUM" | "HIGH"; deceptive?: boolean; editor: Consistency[]; reviewer: Consistency[] }[] = [
  { claim: "claim-iskp-confirms-ahangar", credibility: "HIGH", relevance: "HIGH", editor: ["CC", "C", "II"], reviewer: ["C", "C", "II"] },
  { claim: "claim-iskp-raids-phony", credibility: "LOW", relevance: "HIGH", deceptive: true, editor: ["I", "N", "C"], reviewer: ["II", "I", "CC"] },
  { claim: "claim-showy-raids", credibility: "LOW", relevance: "MEDIUM", editor: ["I", "C", "C"], reviewer: ["N", "C", "C"] },
  { claim: "claim-taliban-raid-jan", credibility: "MEDIUM", relevance: "MEDIUM", deceptive: true, editor: ["C", "C", "I"], reviewer: ["C", "N", "I"] },
  { incident: "inc-raid-butkhak", credibility: "MEDIUM", relevance: "HIGH", editor: ["C", "C", "I"], reviewer: ["C", "C", "N"] },
  { claim: "claim-raids-not-diminished", credibility: "MEDIUM", relevance: "LOW", editor: ["N", "N", "N"], reviewer: ["NA", "N", "N"] },
];

export async function loadDemoAch({ workspaceId, users, claims, incidents }: Loaded) {
  const proposition = demo.disputes.find((d) => d.key === "dispute-raids-genuine")!.proposition;
  const dispute = await db.dispute.findFirstOrThrow({ where: { workspaceId, proposition }, select: { id: true } });
  const editor = { userId: users.editor };
  const made = [];
  for (const h of hypotheses) made.push(await addHypothesis(editor, workspaceId, { disputeId: dispute.id, ...h }));
  for (const row of rows) {
    const evidence = await addAchEvidence(editor, workspaceId, {
      disputeId: dispute.id,
      claimId: row.claim ? claims[row.claim] : undefined,
      incidentId: row.incident ? incidents[row.incident] : undefined,
      credibility: row.credibility,
      relevance: row.relevance,
      possiblyDeceptive: row.deceptive ?? false,
    });
    for (const rater of ["editor", "reviewer"] as const) {
      for (const [i, consistency] of row[rater].entries()) {
        await rateAchCell({ userId: users[rater] }, workspaceId, { hypothesisId: made[i].id, evidenceId: evidence.id, consistency });
      }
    }
  }
  return { disputeId: dispute.id };
}
