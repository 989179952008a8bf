// A review session ready to rate: a team (see makeTeam), a dispute holding a claim,
// and a session facilitated by the editor with the owner and the reviewer taking part.
import { createDispute } from "../../lib/disputes/write-disputes";
import { rateItem } from "../../lib/reviews/rate-item";
import { createSession } from "../../lib/reviews/write-sessions";
import type { Caller } from "../../lib/auth/caller";
import { makeClaimWithPassage, makeTeam } from "./factories";

export async function makeReviewSession() {
  const team = await makeTeam();
  const ws = team.workspace.id;
  const { claim } = await makeClaimWithPassage(team.callers.editor, ws);
  const dispute = await createDispute(team.callers.editor, ws, { proposition: "ISKP was defeated in 2022", claims: [{ claimId: claim.id, side: "AFFIRMS" }] });
  const session = await createSession(team.callers.editor, ws, {
    title: "Weekly review",
    disputeIds: [dispute.id],
    claimIds: [claim.id],
    participantIds: [team.users.owner.id, team.users.reviewer.id],
  });
  const disputeItem = session.items.find((i) => i.disputeId)!;
  const claimItem = session.items.find((i) => i.claimId)!;
  return { ...team, ws, claim, dispute, session, disputeItem, claimItem };
}

/** Rates every scale of both items with the given values (dispute: likelihood, confidence; claim: credibility, likelihood, confidence). */
export async function rateAll(caller: Caller, ws: string, s: Awaited<ReturnType<typeof makeReviewSession>>, values: { likelihood: string; confidence: string; credibility: string }) {
  const rate = (itemId: string, scale: string, value: string) => rateItem(caller, ws, { sessionId: s.session.id, itemId, scale, value, rationale: `because ${value}` });
  await rate(s.disputeItem.id, "LIKELIHOOD", values.likelihood);
  await rate(s.disputeItem.id, "CONFIDENCE", values.confidence);
  await rate(s.claimItem.id, "INFO_CREDIBILITY", values.credibility);
  await rate(s.claimItem.id, "LIKELIHOOD", values.likelihood);
  await rate(s.claimItem.id, "CONFIDENCE", values.confidence);
}
