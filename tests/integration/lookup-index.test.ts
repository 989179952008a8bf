// The lookup's shingle index: SearchText.shingles as cc_search_shingles computes it
// (the same as lib/search/shingles.ts), kept in step by the triggers; and a quote of
// common words, found in more passages than the lookup ranks, answered from the
// first CANDIDATES matches rather than every one.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { Prisma } from "../../lib/db/generated/client";
import { CANDIDATES } from "../../lib/lookup/lookup-sql";
import { acrossBuckets, bucketKey, inBucket, SHINGLE_BUCKETS } from "../../lib/lookup/shingle-buckets";
import { findPassages } from "../../lib/lookup/find-passages";
import { foldForSearch } from "../../lib/search/fold";
import { shinglesOf } from "../../lib/search/shingles";
import { createSource } from "../../lib/sources/create-source";
import { sha256Hex } from "../../lib/text/anchor";
import { makeTeam } from "../support/factories";

let team: Awaited<ReturnType<typeof makeTeam>>;
let sourceId = "";
const sentence = (n: number) => `The ministry said in a statement that ${n} civilians were killed near the market in Kunduz.`;
const COPIES = CANDIDATES + 30;
const text = Array.from({ length: COPIES }, (_, n) => sentence(n + 1)).join(" ");

beforeAll(async () => {
  team = await makeTeam();
  const { source } = await createSource(team.callers.editor, team.workspace.slug, { title: "Daily reports", publisher: "Test", language: "en", kind: "ARTICLE", text });
  sourceId = source.id;
  // Passages straight into the table (the triggers still fill SearchText): hundreds through mutate() would be slow.
  let at = 0;
  await db.excerpt.createMany({
    data: Array.from({ length: COPIES }, (_, n) => {
      const exact = sentence(n + 1);
      const start = text.indexOf(exact, at);
      at = start + exact.length;
      return { workspaceId: team.workspace.id, sourceId, start, end: at, exact, prefix: "", suffix: "", textVersion: 1, textSha256: sha256Hex(text), createdAt: new Date(Date.UTC(2024, 0, 1) + n * 60_000) };
    }),
  });
}, 120_000);

describe("the lookup's shingle index", () => {
  it("computes shingles in SQL exactly as lib/search/shingles.ts does", async () => {
    const samples = ["The ministry said in a statement", "منابع محلی در مزار شریف این ادعا را رد می‌کنند.", "Представитель полиции заявил, что", "Mazar-i-Sharif a b", "two words", "", "— «Daesh’s» claim —"];
    for (const sample of samples) {
      const [row] = await db.$queryRaw<{ folded: string; shingles: number[] }[]>`SELECT cc_search_fold(${sample}) AS folded, cc_search_shingles(cc_search_fold(${sample})) AS shingles`;
      expect(row.shingles, sample).toEqual(shinglesOf(row.folded));
    }
  });

  it("is kept in step by the triggers for passages and sources, not claims", async () => {
    const rows = await db.searchText.findMany({ where: { workspaceId: team.workspace.id }, select: { kind: true, folded: true, shingles: true } });
    expect(rows.filter((r) => r.kind === "EXCERPT")).toHaveLength(COPIES);
    for (const row of rows) expect(row.shingles).toEqual(shinglesOf(row.folded));
    await db.source.update({ where: { id: sourceId }, data: { title: "Weekly security reports" } });
    const updated = await db.searchText.findUniqueOrThrow({ where: { kind_entityId: { kind: "SOURCE", entityId: sourceId } } });
    expect(updated.shingles).toEqual(shinglesOf(updated.folded));
    expect(updated.shingles).toEqual(expect.arrayContaining(shinglesOf(foldForSearch("Weekly security reports").text)));
  });

  it("answers a quote found in more passages than it ranks with exact matches, newest of those read", async () => {
    const results = await findPassages(team.callers.viewer, team.workspace.slug, { q: "said in a statement that" });
    expect(results.passages).toHaveLength(25);
    expect(results.passages.every((p) => p.rank === 3 && p.exact.includes("said in a statement that"))).toBe(true);
    const times = results.passages.map((p) => p.excerptId);
    const created = await db.excerpt.findMany({ where: { id: { in: times } }, select: { id: true, createdAt: true } });
    const order = times.map((id) => created.find((c) => c.id === id)!.createdAt.getTime());
    expect([...order].sort((a, b) => b - a)).toEqual(order);
    expect(results.sources.map((s) => s.id)).toEqual([sourceId]);
  });

  it("finds one passage by a quote that only it holds, the near quotes after it, and a near quote with a typo", async () => {
    const exact = await findPassages(team.callers.viewer, team.workspace.slug, { q: "that 77 civilians were killed near" });
    expect(exact.passages.filter((p) => p.rank === 3).map((p) => p.exact)).toEqual([sentence(77)]);
    // The near quotes (another number) follow in the same answer, each passage once.
    expect(exact.passages[0].rank).toBe(3);
    expect(exact.passages.length).toBeGreaterThan(1);
    expect(exact.passages.slice(1).every((p) => p.rank === 1)).toBe(true);
    expect(new Set(exact.passages.map((p) => p.excerptId)).size).toBe(exact.passages.length);
    const near = await findPassages(team.callers.viewer, team.workspace.slug, { q: "statement that 77 civilans were killed near the market" });
    expect(near.passages[0]).toMatchObject({ rank: 1, exact: sentence(77) });
  });

  it("asks every bucket of the index, in turn, and finds a quote whatever bucket holds it", async () => {
    // Which bucket each passage is in, by the migration's expression.
    const rows = await db.$queryRaw<{ exact: string; bucket: number }[]>`
      SELECT x."exact", get_byte(decode(md5(x."id"), 'hex'), 0) & 7 AS bucket FROM "Excerpt" x WHERE x."sourceId" = ${sourceId}`;
    const byBucket = new Map(rows.map((r) => [Number(r.bucket), r.exact]));
    expect([...byBucket.keys()].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    for (const [, exact] of byBucket) {
      const quote = exact.split(" ").slice(7, 13).join(" "); // "N civilians were killed near the"
      const found = await findPassages(team.callers.viewer, team.workspace.slug, { q: quote });
      expect(found.passages.filter((p) => p.rank === 3).map((p) => p.exact)).toEqual([exact]);
    }
  });

  it("reads each bucket through the bucketed index (the statement's expression matches the migration's)", async () => {
    const keys = shinglesOf(foldForSearch("civilians were killed near").text);
    const plans = await db.$transaction(async (tx) => {
      // Statistics, so the planner weighs the GIN indexes against the primary key at all.
      await tx.$executeRaw`ANALYZE "SearchText"`;
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      const statement = acrossBuckets((bucket) => Prisma.sql`SELECT st."entityId" FROM "SearchText" st WHERE st."kind" = 'EXCERPT'::"SearchKind" AND ${inBucket(keys, bucket)}`, 5);
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN ${statement}`;
    });
    const plan = plans.map((r) => r["QUERY PLAN"]).join("\n");
    expect(plan.match(/Bitmap Index Scan on "SearchText_bucketed_shingles_excerpt_idx"/g)).toHaveLength(SHINGLE_BUCKETS);
  });

  it("keys a shingle by bucket as the SQL function does", async () => {
    const shingles = shinglesOf(foldForSearch("that 77 civilians were killed near the market").text);
    const [row] = await db.$queryRaw<{ keys: number[]; bucket: number }[]>`
      SELECT cc_bucketed_shingles(${`{${shingles.join(",")}}`}::int4[], 'cx-some-id') AS keys, get_byte(decode(md5('cx-some-id'), 'hex'), 0) & 7 AS bucket`;
    expect(row.keys).toEqual(shingles.map((h) => bucketKey(h, Number(row.bucket))));
  });
});
