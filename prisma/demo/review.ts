// A finished team review and a memo for the demo's central dispute, built through the
// same domain functions the app uses, so the Sessions and Memos pages open on real work:
// three analysts rated blind, the facilitator revealed, a judgment was recorded with a
// dissent, the session was closed, and a memo cites the judgment and the dispute.
import { db } from "../../lib/db/client";
import { updateDispute } from "../../lib/disputes/write-disputes";
import { createMemo } from "../../lib/memos/write-memos";
import { recordDissent, recordJudgment } from "../../lib/reviews/judgments";
import { rateItem } from "../../lib/reviews/rate-item";
import { revealAll } from "../../lib/reviews/reveal";
import { closeSession, createSession, markFinished } from "../../lib/reviews/write-sessions";

type Loaded = { workspaceId: string; users: Record<string, string>; claims: Record<string, string>; disputes: Record<string, string> };
type Rater = "editor" | "reviewer" | "owner";

const DISPUTE = "dispute-defeated-2022";
const CLAIM = "claim-mujahid-defeated";

// What each analyst rated, blind: the dispute's proposition, then the spokesman's claim.
// They split on the proposition on purpose: that split is what the session is for.
const ratings: Record<Rater, { dispute: Record<string, [string, string]>; claim: Record<string, [string, string]> }> = {
  editor: {
    dispute: {
      LIKELIHOOD: ["very unlikely", "ISKP claimed mass-casualty attacks in Kunduz and Mazar-e Sharif within weeks of the statement."],
      CONFIDENCE: ["moderate", "Attack claims and press counts agree, but none of the sources can see ISKP's numbers or finances."],
    },
    claim: {
      INFO_CREDIBILITY: ["4", "Contradicted by the attack record of the following weeks and by Sayed's count of 119 attacks."],
      LIKELIHOOD: ["very unlikely", "A defeated group does not mount attacks in four provinces in one month."],
      CONFIDENCE: ["moderate", "Independent reports agree on the attacks; the Taliban give no figures of their own."],
    },
  },
  reviewer: {
    dispute: {
      LIKELIHOOD: ["unlikely", "The Taliban did dismantle ISKP cells in Nangarhar; 'defeated' overstates it, but the pressure was real."],
      CONFIDENCE: ["low", "Most of what we know of the Nangarhar raids comes from the Taliban themselves."],
    },
    claim: {
      INFO_CREDIBILITY: ["4", "A spokesman's claim of victory, made without evidence and disputed within weeks."],
      LIKELIHOOD: ["unlikely", "Weakened in the east, perhaps; defeated, no."],
      CONFIDENCE: ["low", "Single-sourced on the Taliban side."],
    },
  },
  owner: {
    dispute: {
      LIKELIHOOD: ["very unlikely", "UN monitors and the US commander both describe ISKP as able to strike across the country in 2022."],
      CONFIDENCE: ["moderate", "Several independent origins, but all of them far from the ground."],
    },
    claim: {
      INFO_CREDIBILITY: ["5", "The record of April 2022 contradicts it outright."],
      LIKELIHOOD: ["very unlikely", "Claimed attacks continued in four provinces in the month the statement was made."],
      CONFIDENCE: ["moderate", "Attack reports come from more than one independent origin."],
    },
  },
};

export async function loadDemoReview({ workspaceId: ws, users, claims, disputes }: Loaded) {
  const as = (rater: Rater) => ({ userId: users[rater] });
  const session = await createSession(as("editor"), ws, {
    title: "Was ISKP defeated by spring 2022? Team review",
    disputeIds: [disputes[DISPUTE]],
    claimIds: [claims[CLAIM]],
    participantIds: [users.reviewer, users.owner],
  });
  const items = { dispute: session.items.find((i) => i.disputeId)!, claim: session.items.find((i) => i.claimId)! };

  for (const rater of Object.keys(ratings) as Rater[]) {
    for (const kind of ["dispute", "claim"] as const) {
      for (const [scale, [value, rationale]] of Object.entries(ratings[rater][kind])) {
        await rateItem(as(rater), ws, { sessionId: session.id, itemId: items[kind].id, scale, value, rationale });
      }
    }
    await markFinished(as(rater), ws, { sessionId: session.id });
  }
  await revealAll(as("editor"), ws, { sessionId: session.id });

  const judgment = await recordJudgment(as("editor"), ws, {
    sessionId: session.id,
    itemId: items.dispute.id,
    statement: "The Taliban had not defeated ISKP by spring 2022; the group was still mounting mass-casualty attacks in several provinces.",
    likelihood: "very unlikely",
    confidence: "moderate",
    rationale:
      "Within weeks of the Taliban's statement ISKP claimed attacks in Kunduz, Mazar-e Sharif and Badakhshan, and Abdul Sayed counted at least 119 attacks in the last four months of 2021. Two of three analysts rated the proposition very unlikely, one unlikely.",
    whatWouldChange: "A sustained fall in claimed and independently attributed attacks outside Nangarhar, for a year or more.",
  });
  await recordDissent(as("reviewer"), ws, {
    sessionId: session.id,
    judgmentId: judgment.id,
    text: "I would rate it unlikely rather than very unlikely: the Nangarhar raids did break up ISKP's networks there, and the spring attacks may have been a surge from what was left.",
  });
  await closeSession(as("editor"), ws, { sessionId: session.id });
  // The team has judged the proposition; the dispute says so.
  const dispute = await db.dispute.findUniqueOrThrow({ where: { id: disputes[DISPUTE] } });
  await updateDispute(as("editor"), ws, { id: dispute.id, version: dispute.version, proposition: dispute.proposition, summary: dispute.summary, status: "JUDGED" });

  await createMemo(as("editor"), ws, {
    title: "ISKP after the Taliban's victory claim, spring 2022",
    citationStyle: "chicago-note-bibliography",
    bluf: "The Taliban had not defeated ISKP by spring 2022. The group kept up mass-casualty attacks in several provinces after the Taliban declared it defeated, and it turned its attacks on the Taliban themselves.",
    disputeIds: [disputes[DISPUTE]],
    judgmentIds: [judgment.id],
    keyJudgments: [
      {
        statement: "ISKP retained the capacity for mass-casualty attacks outside its eastern strongholds after the Taliban's claim of victory.",
        likelihood: "very likely",
        confidence: "moderate",
      },
    ],
    alternatives: "The spring 2022 attacks were a last surge by networks the Taliban had already broken in Nangarhar (the reviewer's dissent).",
    whatWouldChange: "A year without claimed or attributed ISKP attacks outside Nangarhar.",
  });
  return { sessionId: session.id, judgmentId: judgment.id };
}
