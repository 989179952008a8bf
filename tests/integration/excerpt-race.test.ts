import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { isAppError } from "../../lib/errors";
import { correctSourceText } from "../../lib/sources/correct-source";
import { createExcerpt } from "../../lib/sources/create-excerpt";
import { sha256Hex } from "../../lib/text/anchor";
import { makeSource, makeTeam, uniqueSuffix } from "../support/factories";

const sentence = (n: number) => `Witness ${n} said the convoy passed the checkpoint at ${n} o'clock.`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Every stored excerpt must either quote the current text at its offsets (with the
 * current version and hash), or be an orphan that quotes the revision it names.
 */
async function expectConsistent(sourceId: string) {
  const source = await db.source.findUniqueOrThrow({ where: { id: sourceId } });
  const revisions = new Map((await db.sourceRevision.findMany({ where: { sourceId } })).map((r) => [r.textVersion, r]));
  const excerpts = await db.excerpt.findMany({ where: { sourceId } });
  for (const excerpt of excerpts) {
    if (excerpt.anchorStatus === "ORPHANED") {
      const revision = revisions.get(excerpt.textVersion);
      expect(revision, `revision ${excerpt.textVersion} of an orphan`).toBeDefined();
      expect(revision!.text.slice(excerpt.start, excerpt.end)).toBe(excerpt.exact);
      expect(excerpt.textSha256).toBe(revision!.textSha256);
    } else {
      expect({ version: excerpt.textVersion, sha: excerpt.textSha256, quote: source.text.slice(excerpt.start, excerpt.end) }).toEqual({
        version: source.textVersion,
        sha: source.textSha256,
        quote: excerpt.exact,
      });
    }
  }
  return { source, excerpts };
}

describe("excerpts created while the text is being corrected", () => {
  it("are never left anchored to the text the correction replaced", async () => {
    const team = await makeTeam();
    const ws = team.workspace.id;
    for (let round = 0; round < 3; round++) {
      const sentences = Array.from({ length: 40 }, (_, n) => sentence(n + 1));
      const original = `${sentences.join(" ")} ${uniqueSuffix()}`;
      const source = await makeSource(team.callers.editor, ws, original);
      const offsets = (n: number) => {
        const start = original.indexOf(sentence(n));
        return { start, end: start + sentence(n).length };
      };
      // Many existing excerpts make the correction hold its lock for a while.
      for (let n = 1; n <= 40; n += 2) await createExcerpt(team.callers.editor, ws, { sourceId: source.id, ...offsets(n) });
      // The correction pushes every sentence along and deletes sentence 10 and sentence 20.
      const corrected = `A preface was added. ${original.replace(`${sentence(10)} `, "").replace(`${sentence(20)} `, "")}`;

      const creations = [2, 4, 10, 20, 6, 8, 12, 14, 16, 18, 22, 24].map(async (n, index) => {
        await pause(index * 3);
        try {
          // Offsets only: the server quotes whatever text it anchors to.
          return await createExcerpt(team.callers.editor, ws, { sourceId: source.id, ...offsets(n) });
        } catch (error) {
          // Offsets past a shorter text are refused; nothing is stored then.
          if (isAppError(error) && error.code === "INVALID") return null;
          throw error;
        }
      });
      const correction = correctSourceText(team.callers.editor, ws, { sourceId: source.id, version: 1, text: corrected, note: `round ${round}` });
      const [report] = await Promise.all([correction, ...creations]);

      const { source: stored, excerpts } = await expectConsistent(source.id);
      expect(stored).toMatchObject({ text: corrected, textVersion: 2, textSha256: sha256Hex(corrected) });
      // Every excerpt stored before the correction read its list got a result in its report.
      const reported = new Set(report.results.map((r) => r.excerptId));
      for (const excerpt of excerpts) {
        if (!reported.has(excerpt.id)) expect(excerpt).toMatchObject({ textVersion: 2, anchorStatus: "ANCHORED" });
      }
      expect(excerpts.length).toBeGreaterThanOrEqual(20);
    }
  });
});
