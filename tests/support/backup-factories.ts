// Backup test data: the demo workspace with a memo, a judgment and a dissent
// (memo-factories), plus what the demo lacks — a review session with ratings and
// events, a corrected source text (a revision), a derivation and a non-ASCII text —
// and an empty, freshly migrated second database to restore into.
import { PrismaPg } from "@prisma/adapter-pg";
import type { Db } from "../../lib/db/client";
import { db } from "../../lib/db/client";
import { PrismaClient } from "../../lib/db/generated/client";
import { rateItem } from "../../lib/reviews/rate-item";
import { createSession } from "../../lib/reviews/write-sessions";
import { correctSourceText } from "../../lib/sources/correct-source";
import { createSource } from "../../lib/sources/create-source";
import { markDerived } from "../../lib/sources/derivations";
import { createScratchDatabase, dropScratchDatabase, loadMigrator } from "./catalog";
import { makeDemoWithMemo } from "./memo-factories";

export async function makeRichWorkspace() {
  const demo = await makeDemoWithMemo("backup");
  const { callers, slug } = demo;
  const ws = demo.workspaceId;

  const session = await createSession(callers.editor, slug, {
    title: "Backup review",
    disputeIds: [demo.dispute.id],
    claimIds: [demo.dispute.claims[0].claimId],
    participantIds: [demo.users.owner, demo.users.reviewer],
  });
  const item = session.items.find((i) => i.disputeId)!;
  await rateItem(callers.reviewer, slug, { sessionId: session.id, itemId: item.id, scale: "LIKELIHOOD", value: "likely", rationale: "attacks continued" });
  await rateItem(callers.reviewer, slug, { sessionId: session.id, itemId: item.id, scale: "LIKELIHOOD", value: "very likely", rationale: "more attacks", changeReason: "new reporting" });

  // Text that must survive byte for byte: Pashto, Dari, an emoji, CRLF and a tab.
  const text = "د ننګرهار ولایت — Nangarhar.\r\nولایت ننگرهار\t🙂 Attack claimed by IS-K; denied by the Taliban.";
  const { source } = await createSource(callers.editor, slug, { title: "Mixed-script statement", kind: "STATEMENT", language: "ps", text });
  await correctSourceText(callers.editor, slug, { sourceId: source.id, version: 1, text: `${text}\nCorrected.`, note: "added the correction line" });
  const first = await db.source.findFirstOrThrow({ where: { workspaceId: ws, id: { not: source.id } }, orderBy: { createdAt: "asc" } });
  await markDerived(callers.editor, slug, { sourceId: source.id, originId: first.id, kind: "QUOTES", note: "quotes the first report" });
  return { ...demo, session };
}

/** A freshly migrated, empty database and a Prisma client on it. */
export async function makeEmptyDatabase(label: string) {
  const scratch = await createScratchDatabase(label);
  const { migrate } = await loadMigrator();
  await migrate(scratch.url, { log: () => {} });
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: scratch.url, max: 4 }), omit: { user: { passwordHash: true } } }) as unknown as Db;
  return {
    ...scratch,
    client,
    drop: async () => {
      await client.$disconnect();
      await dropScratchDatabase(scratch.name);
    },
  };
}
