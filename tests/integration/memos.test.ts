// Memos: who may write them, versions and revisions, what a revision records,
// and the flags on quotes whose source text changed.
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { createDispute } from "../../lib/disputes/write-disputes";
import { parseRevisionBody, assembleMemo, getMemo, listMemos } from "../../lib/memos/read-memos";
import { createMemo, updateMemo } from "../../lib/memos/write-memos";
import { correctSourceText } from "../../lib/sources/correct-source";
import { makeClaimWithPassage } from "../support/factories";
import { expectAccessRules, expectAudited, expectRefused, makeTeamWithSecondWorkspace } from "../support/more-factories";

async function setUp() {
  const team = await makeTeamWithSecondWorkspace();
  const ws = team.workspace.id;
  const { source, excerpt, claim } = await makeClaimWithPassage(team.callers.editor, ws);
  const dispute = await createDispute(team.callers.editor, ws, { proposition: "ISKP was defeated by 2022", claims: [{ claimId: claim.id, side: "AFFIRMS" }] });
  const input = { title: "Defeat of ISKP", bluf: "The claim of defeat does not hold.", disputeIds: [dispute.id], keyJudgments: [{ statement: "ISKP remains active.", likelihood: "very likely", confidence: "high" }] };
  return { team, ws, source, excerpt, claim, dispute, input };
}

describe("createMemo and updateMemo", () => {
  it("lets editors write memos, records each save as a revision with its citations, and audits it", async () => {
    const { team, ws, excerpt, input } = await setUp();
    await expectAccessRules(team, ["viewer", "reviewer"], (caller, w) => createMemo(caller, w, input));
    const { result: memo } = await expectAudited(ws, [["memo.create", "Memo"]], () => createMemo(team.callers.editor, ws, input));
    expect(memo).toMatchObject({ version: 1, citationStyle: "chicago-note-bibliography" });
    const revision = await db.memoRevision.findFirstOrThrow({ where: { memoId: memo.id, number: 1 } });
    const body = parseRevisionBody(revision.body);
    expect(body.content.keyJudgments[0].likelihood).toBe("very likely");
    expect(body.citations).toEqual([{ excerptId: excerpt.id, sourceId: excerpt.sourceId, textVersion: 1, textSha256: excerpt.textSha256 }]);

    await expectAudited(ws, [["memo.update", "Memo"]], () => updateMemo(team.callers.editor, ws, { ...input, id: memo.id, version: 1, citationStyle: "apa" }));
    const read = await getMemo(team.callers.viewer, ws, memo.id);
    expect(read.versions.map((v) => v.number)).toEqual([2, 1]);
    expect(read.content.citationStyle).toBe("apa");
    expect((await getMemo(team.callers.viewer, ws, memo.id, 1)).content.citationStyle).toBe("chicago-note-bibliography");
    expect((await listMemos(team.callers.viewer, ws)).map((m) => m.id)).toEqual([memo.id]);
  });

  it("refuses a stale version, another workspace's ids and bad input, storing nothing", async () => {
    const { team, ws, input } = await setUp();
    const memo = await createMemo(team.callers.editor, ws, input);
    await updateMemo(team.callers.editor, ws, { ...input, id: memo.id, version: 1 });
    await expectRefused("CONFLICT", [ws], () => updateMemo(team.callers.editor, ws, { ...input, id: memo.id, version: 1, title: "Overwrite" }));
    const foreign = await createDispute(team.callers.owner, team.other.id, { proposition: "Elsewhere" });
    await expectRefused("INVALID", [ws, team.other.id], () => createMemo(team.callers.editor, ws, { ...input, disputeIds: [foreign.id] }));
    await expectRefused("NOT_FOUND", [ws, team.other.id], () => updateMemo(team.callers.owner, team.other.id, { ...input, id: memo.id, version: 2 }));
    await expectRefused("INVALID", [ws], () => createMemo(team.callers.editor, ws, { ...input, keyJudgments: [{ statement: "x", likelihood: "probably", confidence: "high" }] }));
    await expectRefused("INVALID", [ws], () => createMemo(team.callers.editor, ws, { ...input, citationStyle: "mla" }));
    await expect(getMemo(team.callers.outsider, ws, memo.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getMemo(team.callers.owner, team.other.id, memo.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("assembleMemo", () => {
  it("flags an orphaned quote before export", async () => {
    const { team, ws, source, excerpt, input } = await setUp();
    const memo = await createMemo(team.callers.editor, ws, input);
    const clean = await assembleMemo(team.callers.viewer, ws, memo.id);
    expect(clean.citations.map((c) => c.flag)).toEqual([null]);
    expect(clean.stamp).toMatch(/^Memo Defeat of ISKP, version 1, exported \d/);

    // A correction that drops the quoted sentence leaves the passage orphaned.
    await correctSourceText(team.callers.editor, ws, { sourceId: source.id, version: 1, text: source.text.replace(excerpt.exact, "The spokesman declined to comment."), note: "wrong transcript" });
    const orphaned = await assembleMemo(team.callers.viewer, ws, memo.id);
    expect(orphaned.citations[0].flag?.kind).toBe("ORPHANED");
    expect(orphaned.citations[0].exact).toBe(excerpt.exact);
  });

  it("flags a quote whose text was corrected after the memo version was saved", async () => {
    const { team, ws, source, input } = await setUp();
    const memo = await createMemo(team.callers.editor, ws, input);
    // A correction elsewhere in the text: the passage moves with it, but the memo cited the old text.
    await correctSourceText(team.callers.editor, ws, { sourceId: source.id, version: 1, text: `Update: ${source.text}`, note: "added dateline" });
    const doc = await assembleMemo(team.callers.viewer, ws, memo.id);
    expect(doc.citations[0].flag?.kind).toBe("CHANGED_SINCE_SAVED");
    // Saving again cites the current text, and the flag goes.
    await updateMemo(team.callers.editor, ws, { ...input, id: memo.id, version: 1 });
    expect((await assembleMemo(team.callers.viewer, ws, memo.id)).citations[0].flag).toBeNull();
  });

  it("warns when a sentence mixes a likelihood term and a confidence level", async () => {
    const { team, ws, input } = await setUp();
    const memo = await createMemo(team.callers.editor, ws, { ...input, bluf: "We judge with high confidence that ISKP is very likely to attack. It remains active." });
    const doc = await assembleMemo(team.callers.viewer, ws, memo.id);
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0]).toContain("“very likely”");
  });
});
