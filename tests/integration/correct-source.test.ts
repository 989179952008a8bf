import { describe, expect, it } from "vitest";
import { createClaim } from "../../lib/claims/write-claims";
import { db } from "../../lib/db/client";
import { createEvidenceLink } from "../../lib/evidence/write-evidence";
import { createExcerpt } from "../../lib/sources/create-excerpt";
import { correctSourceText, listOrphanedExcerpts, listSourceRevisions } from "../../lib/sources/correct-source";
import { getSource } from "../../lib/sources/read-sources";
import { quoteAt, sha256Hex } from "../../lib/text/anchor";
import { FUZZY_THRESHOLD } from "../../lib/text/reanchor";
import { makeSource, makeTeam, uniqueSuffix } from "../support/factories";
import { expectAccessRules, expectAudited, expectRefused, makeTeamWithSecondWorkspace } from "../support/more-factories";

const confirmed = "Officials in Kabul confirmed the attack on Tuesday.";
const toll = "The ministry said eleven people were killed in the blast.";
const denial = "Zabihullah Mujahid denied that the group was involved.";
const secondBlast = "A second explosion was reported near the market.";

/** A source with four cited passages, and the correction that keeps, edits, pushes along and deletes them in turn. */
async function makeCitedSource(team: Awaited<ReturnType<typeof makeTeam>>) {
  const ws = team.workspace.id;
  const tail = `Filed from Kabul ${uniqueSuffix()}.`;
  const original = `${confirmed} ${toll} ${denial} ${secondBlast} ${tail}`;
  const corrected = `${confirmed} ${toll.replace("eleven", "twelve")} A hospital gave a higher figure. ${denial} ${tail}`;
  const source = await makeSource(team.callers.editor, ws, original);
  const excerpt = async (exact: string) => {
    const start = original.indexOf(exact);
    return createExcerpt(team.callers.editor, ws, { sourceId: source.id, start, end: start + exact.length, exact });
  };
  const excerpts = { confirmed: await excerpt(confirmed), toll: await excerpt(toll), denial: await excerpt(denial), secondBlast: await excerpt(secondBlast) };
  const claim = await createClaim(team.callers.editor, ws, { statement: "There were two explosions", kind: "STATEMENT", excerptIds: [excerpts.secondBlast.id] });
  const other = await createClaim(team.callers.editor, ws, { statement: "The market was attacked", kind: "STATEMENT", excerptIds: [excerpts.denial.id] });
  const evidence = await createEvidenceLink(team.callers.editor, ws, { claimId: other.id, excerptId: excerpts.secondBlast.id, stance: "SUPPORTS" });
  return { ws, source, original, corrected, excerpts, claim, other, evidence };
}

describe("correctSourceText", () => {
  it("keeps the old text as a hashed revision and re-anchors every excerpt, reporting each outcome", async () => {
    const team = await makeTeam();
    const { ws, source, original, corrected, excerpts } = await makeCitedSource(team);
    const { result: report, rows } = await expectAudited(
      ws,
      [["source.correctText", "Source"], ...Array.from({ length: 4 }, () => ["source.correctText", "Excerpt"] as [string, string])],
      () => correctSourceText(team.callers.editor, ws, { sourceId: source.id, version: 1, text: corrected, note: "Toll corrected by the ministry" }),
    );
    expect(report).toMatchObject({ sourceId: source.id, version: 2, textVersion: 2, textSha256: sha256Hex(corrected) });

    const stored = await db.source.findUniqueOrThrow({ where: { id: source.id } });
    expect(stored).toMatchObject({ text: corrected, textSha256: sha256Hex(corrected), textVersion: 2, version: 2 });
    const revisions = await listSourceRevisions(team.callers.viewer, ws, source.id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ textVersion: 1, text: original, textSha256: sha256Hex(original), note: "Toll corrected by the ministry", createdById: team.users.editor.id });

    const byId = new Map(report.results.map((result) => [result.excerptId, result]));
    const at = (exact: string) => ({ start: corrected.indexOf(exact), end: corrected.indexOf(exact) + exact.length });
    expect(byId.get(excerpts.confirmed.id)).toEqual({ excerptId: excerpts.confirmed.id, status: "ANCHORED", score: 1, from: at(confirmed), to: at(confirmed) });
    const fixedToll = toll.replace("eleven", "twelve");
    expect(byId.get(excerpts.toll.id)).toMatchObject({ status: "FUZZY", to: at(fixedToll) });
    expect(byId.get(excerpts.toll.id)!.score).toBeGreaterThanOrEqual(FUZZY_THRESHOLD);
    expect(byId.get(excerpts.toll.id)!.score).toBeLessThan(1);
    expect(byId.get(excerpts.denial.id)).toMatchObject({ status: "MOVED", score: 1, from: { start: excerpts.denial.start }, to: at(denial) });
    expect(byId.get(excerpts.secondBlast.id)).toMatchObject({ status: "ORPHANED", from: { start: excerpts.secondBlast.start, end: excerpts.secondBlast.end }, to: null });

    // Found excerpts now point into the new text, with context recomputed there.
    for (const [excerpt, exact, status] of [[excerpts.confirmed, confirmed, "ANCHORED"], [excerpts.toll, fixedToll, "FUZZY"], [excerpts.denial, denial, "MOVED"]] as const) {
      const row = await db.excerpt.findUniqueOrThrow({ where: { id: excerpt.id } });
      expect(row).toMatchObject({ ...at(exact), ...quoteAt(corrected, at(exact)), anchorStatus: status, textVersion: 2, textSha256: sha256Hex(corrected), version: 2 });
    }
    // The orphan keeps its quote, offsets, version and hash: the old revision still proves it.
    const orphan = await db.excerpt.findUniqueOrThrow({ where: { id: excerpts.secondBlast.id } });
    expect(orphan).toMatchObject({ anchorStatus: "ORPHANED", start: excerpts.secondBlast.start, end: excerpts.secondBlast.end, exact: secondBlast, prefix: excerpts.secondBlast.prefix, suffix: excerpts.secondBlast.suffix, textVersion: 1, textSha256: revisions[0].textSha256 });
    expect(revisions[0].text.slice(orphan.start, orphan.end)).toBe(orphan.exact);

    // The audit trail says what moved where.
    expect(rows[0]).toMatchObject({ entityId: source.id, userId: team.users.editor.id, before: { textVersion: 1, textSha256: sha256Hex(original) }, after: { textVersion: 2, textSha256: sha256Hex(corrected) } });
    const denialAudit = rows.find((row) => row.entityId === excerpts.denial.id);
    expect(denialAudit).toMatchObject({ before: { start: excerpts.denial.start, anchorStatus: "ANCHORED", textVersion: 1 }, after: { start: at(denial).start, anchorStatus: "MOVED", textVersion: 2 } });
  });

  it("never drops an orphan: it stays listed, cited by its claims and evidence, and is found again if the passage returns", async () => {
    const team = await makeTeam();
    const { ws, source, original, corrected, excerpts, claim, other, evidence } = await makeCitedSource(team);
    await correctSourceText(team.callers.editor, ws, { sourceId: source.id, version: 1, text: corrected });

    const orphans = await listOrphanedExcerpts(team.callers.viewer, ws);
    expect(orphans.map((o) => o.id)).toEqual([excerpts.secondBlast.id]);
    expect(orphans[0].source).toMatchObject({ id: source.id, textVersion: 2 });
    expect(orphans[0].appearances.map((a) => a.claim.id)).toEqual([claim.id]);
    expect(orphans[0].evidenceLinks).toEqual([{ id: evidence.id, stance: "SUPPORTS", claim: { id: other.id, statement: "The market was attacked" } }]);
    expect((await listOrphanedExcerpts(team.callers.viewer, ws, { sourceId: source.id })).map((o) => o.id)).toEqual([excerpts.secondBlast.id]);

    const shown = await getSource(team.callers.viewer, ws, source.id);
    expect(shown.excerpts).toHaveLength(4);
    const shownOrphan = shown.excerpts.find((e) => e.id === excerpts.secondBlast.id)!;
    expect(shownOrphan.anchorStatus).toBe("ORPHANED");
    expect(shownOrphan.appearances.map((a) => a.claim.id)).toEqual([claim.id]);
    expect(shownOrphan.evidenceLinks.map((l) => l.id)).toEqual([evidence.id]);

    // A further correction without the passage leaves the orphan as it was, unwritten.
    const again = `${corrected} Updated at noon.`;
    const second = await correctSourceText(team.callers.editor, ws, { sourceId: source.id, version: 2, text: again });
    expect(second.results.find((r) => r.excerptId === excerpts.secondBlast.id)).toMatchObject({ status: "ORPHANED", to: null });
    expect(await db.excerpt.findUniqueOrThrow({ where: { id: excerpts.secondBlast.id } })).toMatchObject({ version: 2, textVersion: 1 });

    // Restoring the passage anchors it again, against the newest text.
    const restored = await correctSourceText(team.callers.editor, ws, { sourceId: source.id, version: 3, text: original });
    expect(restored.results.find((r) => r.excerptId === excerpts.secondBlast.id)).toMatchObject({ status: "ANCHORED" });
    expect(await db.excerpt.findUniqueOrThrow({ where: { id: excerpts.secondBlast.id } })).toMatchObject({ anchorStatus: "ANCHORED", textVersion: 4 });
    expect(await listOrphanedExcerpts(team.callers.viewer, ws)).toEqual([]);
    expect((await listSourceRevisions(team.callers.viewer, ws, source.id)).map((r) => [r.textVersion, r.textSha256])).toEqual([
      [3, sha256Hex(again)],
      [2, sha256Hex(corrected)],
      [1, sha256Hex(original)],
    ]);
  });

  it("refuses a stale version with CONFLICT and an unchanged text as INVALID, changing nothing", async () => {
    const team = await makeTeam();
    const { ws, source, corrected } = await makeCitedSource(team);
    await correctSourceText(team.callers.editor, ws, { sourceId: source.id, version: 1, text: corrected });
    await expectRefused("CONFLICT", [ws], () => correctSourceText(team.callers.owner, ws, { sourceId: source.id, version: 1, text: `${corrected} Stale.` }));
    const unchanged = await correctSourceText(team.callers.editor, ws, { sourceId: source.id, version: 2, text: corrected }).catch((e: unknown) => e);
    expect(unchanged).toMatchObject({ code: "INVALID", message: "text: is the same as the current text", fieldErrors: { text: ["is the same as the current text"] } });
    await expectRefused("INVALID", [ws], () => correctSourceText(team.callers.editor, ws, { sourceId: source.id, version: 2, text: corrected }));
    await expectRefused("INVALID", [ws], () => correctSourceText(team.callers.editor, ws, { sourceId: source.id, version: 2, text: "   " }));
  });

  it("lets only one of two simultaneous corrections of the same version through", async () => {
    const team = await makeTeam();
    const { ws, source, corrected } = await makeCitedSource(team);
    const outcomes = await Promise.allSettled(
      ["first", "second"].map((which) => correctSourceText(team.callers.editor, ws, { sourceId: source.id, version: 1, text: `${corrected} (${which})` })),
    );
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await db.sourceRevision.count({ where: { sourceId: source.id } })).toBe(1);
  });

  it("re-anchors 200 excerpts of a 150,000-character source in one correction, auditing each", { timeout: 120_000 }, async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    let seed = 7;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const words = "the of in and said spokesman province attack district police officials killed wounded claimed denied statement group fighters governor ministry convoy checkpoint village market".split(" ");
    let text = "";
    while (text.length < 150_000) text += `${words[Math.floor(random() * words.length)]}${random() < 0.08 ? ". " : " "}`;
    const source = await makeSource(team.callers.editor, ws, text);
    const positions = Array.from({ length: 200 }, (_, k) => {
      const start = k * 750 + 40 + Math.floor(random() * 300);
      return { start, end: start + 40 + Math.floor(random() * 300) };
    });
    for (let k = 0; k < positions.length; k += 10) {
      await Promise.all(positions.slice(k, k + 10).map((position) => createExcerpt(team.callers.editor, ws, { sourceId: source.id, ...position })));
    }
    // Every second excerpt gets a typo inside it, every fourth is deleted; a note goes on top.
    let corrected = text;
    for (let k = positions.length - 1; k >= 0; k--) {
      const { start, end } = positions[k];
      const middle = start + ((end - start) >> 1);
      if (k % 4 === 1) corrected = `${corrected.slice(0, middle)}§${corrected.slice(middle + 1)}`;
      if (k % 4 === 3) corrected = corrected.slice(0, start) + corrected.slice(end);
    }
    corrected = `Editor's note: figures updated. ${corrected}`;
    const { result: report } = await expectAudited(
      ws,
      [["source.correctText", "Source"], ...Array.from({ length: 200 }, () => ["source.correctText", "Excerpt"] as [string, string])],
      () => correctSourceText(team.callers.editor, ws, { sourceId: source.id, version: 1, text: corrected }),
    );
    const counts = report.results.reduce<Record<string, number>>((sum, { status }) => ({ ...sum, [status]: (sum[status] ?? 0) + 1 }), {});
    expect(counts).toEqual({ MOVED: 100, FUZZY: 50, ORPHANED: 50 });
    const rows = await db.excerpt.findMany({ where: { sourceId: source.id } });
    for (const row of rows) {
      const against = row.anchorStatus === "ORPHANED" ? text : corrected;
      expect(against.slice(row.start, row.end)).toBe(row.exact);
      expect(row.textSha256).toBe(sha256Hex(against));
    }
  });

  it("obeys the access rules, and cannot correct, list or read another workspace's source", async () => {
    const team = await makeTeamWithSecondWorkspace();
    const source = await makeSource(team.callers.editor, team.workspace.id);
    await expectAccessRules(team, ["reviewer", "viewer"], (caller, ws) => correctSourceText(caller, ws, { sourceId: source.id, version: 1, text: `${source.text} corrected` }));
    const foreign = await makeSource(team.callers.owner, team.other.id);
    await expectRefused("NOT_FOUND", [team.workspace.id, team.other.id], () =>
      correctSourceText(team.callers.owner, team.workspace.id, { sourceId: foreign.id, version: 1, text: `${foreign.text} corrected` }),
    );
    await expect(listSourceRevisions(team.callers.owner, team.workspace.id, foreign.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listOrphanedExcerpts(team.callers.owner, team.workspace.id, { sourceId: foreign.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listSourceRevisions(team.callers.outsider, team.workspace.id, source.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listOrphanedExcerpts(team.callers.outsider, team.workspace.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
