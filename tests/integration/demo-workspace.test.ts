import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { sha256Hex } from "../../lib/text/anchor";
import { loadDemoWorkspace } from "../../prisma/demo/load-demo";
import { demoWorkspace } from "../../prisma/demo/workspace";
import { uniqueSuffix } from "../support/factories";

const textsDir = join(import.meta.dirname, "../../prisma/demo/texts");

describe("the demo workspace", () => {
  it("loads through the domain functions, with every quoted passage found at its offsets", async () => {
    const suffix = uniqueSuffix();
    const demo = await loadDemoWorkspace({ slug: `demo-${suffix}`, emailDomain: `${suffix}.demo.test` });
    const workspaceId = demo.workspaceId;

    const sources = await db.source.findMany({ where: { workspaceId } });
    const files = readdirSync(textsDir).map((file) => readFileSync(join(textsDir, file), "utf8"));
    expect(sources).toHaveLength(5);
    for (const source of sources) {
      // Stored exactly as the seed file, byte for byte, with the hash of those bytes.
      expect(files).toContain(source.text);
      expect(source.textSha256).toBe(sha256Hex(source.text));
    }

    const excerpts = await db.excerpt.findMany({ where: { workspaceId }, include: { source: { select: { text: true, textSha256: true } } } });
    expect(excerpts.length).toBeGreaterThanOrEqual(12);
    for (const excerpt of excerpts) {
      expect(excerpt.source.text.slice(excerpt.start, excerpt.end)).toBe(excerpt.exact);
      expect(excerpt.source.text.slice(Math.max(0, excerpt.start - excerpt.prefix.length), excerpt.start)).toBe(excerpt.prefix);
      expect(excerpt.source.text.slice(excerpt.end, excerpt.end + excerpt.suffix.length)).toBe(excerpt.suffix);
      expect(excerpt.textSha256).toBe(excerpt.source.textSha256);
    }

    const count = (model: { count: (args: { where: { workspaceId: string } }) => Promise<number> }) => model.count({ where: { workspaceId } });
    expect(await count(db.claim)).toBeGreaterThanOrEqual(12);
    expect(await count(db.dispute)).toBeGreaterThanOrEqual(4);
    expect(await count(db.incident)).toBeGreaterThanOrEqual(10);
    expect(await count(db.evidenceLink)).toBeGreaterThanOrEqual(10);
    expect(await count(db.rating)).toBeGreaterThanOrEqual(3);

    // Every dispute pairs assertions: at least one claim on each side.
    const disputes = await db.dispute.findMany({ where: { workspaceId }, include: { claims: true } });
    for (const dispute of disputes) {
      expect(dispute.claims.some((c) => c.side === "AFFIRMS"), dispute.proposition).toBe(true);
      expect(dispute.claims.some((c) => c.side === "DISPUTES"), dispute.proposition).toBe(true);
    }

    // Every claim is anchored to at least one passage.
    const unanchored = await db.claim.count({ where: { workspaceId, appearances: { none: {} } } });
    expect(unanchored).toBe(0);

    // Disputes stand where the demo says: the judged one JUDGED, the rest as written in the data.
    expect((await db.dispute.findMany({ where: { workspaceId }, select: { status: true } })).map((d) => d.status).sort()).toEqual(
      demoWorkspace.disputes.map((d) => (d.key === "dispute-defeated-2022" ? "JUDGED" : (d.status ?? "OPEN"))).sort(),
    );

    // A finished team review (blind ratings from three analysts, a judgment, a dissent) and a memo citing it.
    const sessions = await db.reviewSession.findMany({ where: { workspaceId }, include: { items: { include: { judgments: { include: { dissents: true } } } }, participants: true } });
    expect(sessions).toHaveLength(1);
    expect(sessions[0].phase).toBe("CLOSED");
    expect(sessions[0].participants.every((p) => p.finishedAt)).toBe(true);
    const judgments = sessions[0].items.flatMap((i) => i.judgments);
    expect(judgments).toHaveLength(1);
    expect(judgments[0].dissents).toHaveLength(1);
    expect(await db.rating.count({ where: { workspaceId, reviewItemId: { not: null } } })).toBe(15);
    const memos = await db.memo.findMany({ where: { workspaceId }, include: { revisions: true } });
    expect(memos).toHaveLength(1);
    const body = memos[0].revisions[0].body as { content: { judgmentIds: string[] }; excerptIds: string[] };
    expect(body.content.judgmentIds).toEqual([judgments[0].id]);
    expect(body.excerptIds.length).toBeGreaterThan(0);

    // Aliases in several scripts resolve to ISKP.
    const daesh = await db.actorAlias.findFirst({ where: { workspaceId, normalized: "داعش" }, include: { actor: true } });
    expect(daesh?.actor.name).toMatch(/Khorasan|ISKP/);
  }, 120_000);
});
