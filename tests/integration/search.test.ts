// Search over the demo corpus: actor aliases, romanisation variants, typos,
// Persian script forms, tenancy and access.
import { beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "../../lib/auth/caller";
import { db } from "../../lib/db/client";
import { foldForSearch } from "../../lib/search/fold";
import { highlightAll } from "../../lib/search/highlight";
import { searchWorkspace, type SearchResults } from "../../lib/search/search-workspace";
import { createExcerpt } from "../../lib/sources/create-excerpt";
import { createSource } from "../../lib/sources/create-source";
import { loadDemoWorkspace } from "../../prisma/demo/load-demo";
import { makeUser, uniqueSuffix } from "../support/factories";

const persianText =
  "ذبیح‌الله مجاهد، سخنگوی طالبان، می‌گوید که داعش در ولایت بلخ شکست خورده است. " +
  "منابع محلی در مزار شریف این ادعا را رد می‌کنند.";

let slug = "";
let workspaceId = "";
let callers: Record<"owner" | "editor" | "viewer", Caller>;
let persianSourceId = "";

/** Every marked run of every hit of one kind, joined, lower-cased. */
function marked(results: SearchResults, kind: string) {
  const group = results.groups.find((g) => g.kind === kind)!;
  return group.hits.flatMap((h) => [...h.title, ...h.snippet].filter((s) => s.hit).map((s) => s.text.toLowerCase()));
}
const total = (results: SearchResults, kind: string) => results.groups.find((g) => g.kind === kind)?.total ?? 0;

beforeAll(async () => {
  const suffix = uniqueSuffix();
  slug = `search-${suffix}`;
  const demo = await loadDemoWorkspace({ slug, emailDomain: `${suffix}.search.test` });
  workspaceId = demo.workspaceId;
  callers = { owner: { userId: demo.users.owner }, editor: { userId: demo.users.editor }, viewer: { userId: demo.users.viewer } };
  // Written with Arabic ي and ك where Persian has ی and ک, and no zero-width non-joiners.
  const { source } = await createSource(callers.editor, workspaceId, { title: "گزارش بلخ", publisher: "Test", language: "fa", kind: "ARTICLE", text: persianText });
  persianSourceId = source.id;
  const quote = "منابع محلی در مزار شریف این ادعا را رد می‌کنند.";
  const start = persianText.indexOf(quote);
  await createExcerpt(callers.editor, workspaceId, { sourceId: source.id, start, end: start + quote.length, exact: quote });
}, 120_000);

describe("searchWorkspace", () => {
  it("expands ISKP to the actor's other names and marks them where they stand", async () => {
    const results = await searchWorkspace(callers.viewer, slug, { q: "ISKP" });
    expect(results.terms[0].actor).toBe("Islamic State Khorasan Province");
    // A source's snippet shows its first match; the whole text has every name marked.
    const hits = results.groups.find((g) => g.kind === "sources")!.hits;
    const texts = await db.source.findMany({ where: { id: { in: hits.map((h) => h.id) } }, select: { text: true } });
    const terms = results.terms.map((t) => ({ label: t.label, alternatives: t.alternatives }));
    const words = texts.flatMap((s) => highlightAll(s.text, terms).filter((r) => r.hit).map((r) => r.text.toLowerCase()));
    expect(words).toEqual(expect.arrayContaining(["is-k", "isis-k", "daesh", "داعش"]));
    expect(words.some((w) => w.startsWith("islamic state khorasan"))).toBe(true);
    expect(total(results, "sources")).toBeGreaterThanOrEqual(4);
    // The source that says only "IS-K" is found too, and the mark is on the original spelling.
    const rferl = results.groups.find((g) => g.kind === "sources")!.hits.find((h) => h.title.map((s) => s.text).join("").startsWith("IS-K Attacks"));
    expect(rferl?.title[0]).toEqual({ text: "IS-K", hit: true });
  });

  it("matches Zabihullah and Thabihullah either way", async () => {
    const thabihullah = await searchWorkspace(callers.viewer, slug, { q: "Thabihullah" });
    expect(marked(thabihullah, "sources")).toContain("zabihullah");
    const zabihullah = await searchWorkspace(callers.viewer, slug, { q: "Zabihullah" });
    expect(total(zabihullah, "sources")).toBe(total(thabihullah, "sources"));
  });

  it("matches Mazar-i-Sharif and Mazar-e Sharif either way", async () => {
    const i = await searchWorkspace(callers.viewer, slug, { q: "Mazar-i-Sharif", kinds: ["sources"] });
    expect(marked(i, "sources")).toEqual(expect.arrayContaining(["mazar-e sharif", "mazar-i-sharif"]));
    const e = await searchWorkspace(callers.viewer, slug, { q: "Mazar-e Sharif", kinds: ["sources"] });
    expect(e.groups[0].hits.map((h) => h.id).sort()).toEqual(i.groups[0].hits.map((h) => h.id).sort());
  });

  it("finds words despite typos, ranked below exact matches", async () => {
    for (const [q, expected] of [["Mujahed", "mujahid"], ["Khorassan", "khorasan"], ["Zabiullah", "zabihullah"], ["Talliban", "taliban"]]) {
      const results = await searchWorkspace(callers.viewer, slug, { q, kinds: ["sources"] });
      expect(marked(results, "sources"), q).toContain(expected);
    }
    const typo = await searchWorkspace(callers.viewer, slug, { q: "Afghanistn", kinds: ["sources"] });
    expect(typo.groups[0].hits.length).toBeGreaterThan(0);
    expect(typo.groups[0].hits.every((h) => h.match === "near match")).toBe(true);
    const exact = await searchWorkspace(callers.viewer, slug, { q: "Islamic State Khorasan", kinds: ["sources"] });
    expect(exact.groups[0].hits[0].match).toBe("exact phrase");
  });

  it("matches Persian with or without zero-width non-joiners and with Arabic or Persian letter forms", async () => {
    for (const q of ["می‌گوید", "میگوید", "ذبيح‌الله", "ذبیحالله", "مزار شريف"]) {
      const results = await searchWorkspace(callers.viewer, slug, { q });
      expect(results.groups.find((g) => g.kind === "sources")!.hits.map((h) => h.id), q).toContain(persianSourceId);
    }
    const excerpt = await searchWorkspace(callers.viewer, slug, { q: "مي‌كنند", kinds: ["excerpts"] });
    // The mark covers the original word, its zero-width non-joiner included.
    expect(marked(excerpt, "excerpts")).toEqual(["می‌کنند"]);
  });

  it("ranks and pages: exact phrase first, then variants; pages hold at most ten", async () => {
    const results = await searchWorkspace(callers.viewer, slug, { q: "Taliban", kinds: ["excerpts"] });
    const group = results.groups[0];
    expect(group.hits.length).toBeLessThanOrEqual(10);
    const ranks = group.hits.map((h) => h.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    if (group.total > 10) {
      const next = await searchWorkspace(callers.viewer, slug, { q: "Taliban", kinds: ["excerpts"], page: 2 });
      expect(next.groups[0].hits.map((h) => h.id)).not.toContain(group.hits[0].id);
    }
  });

  it("never returns another workspace's rows", async () => {
    const other = await makeUser("other-owner");
    const suffix = uniqueSuffix();
    const demo = await loadDemoWorkspace({ slug: `search-other-${suffix}`, emailDomain: `${suffix}.other.test` });
    const results = await searchWorkspace(callers.viewer, slug, { q: "ISKP" });
    const theirs = new Set((await db.searchText.findMany({ where: { workspaceId: demo.workspaceId }, select: { entityId: true } })).map((r) => r.entityId));
    expect(theirs.size).toBeGreaterThan(0);
    for (const group of results.groups) for (const hit of group.hits) expect(theirs.has(hit.id)).toBe(false);
    await expect(searchWorkspace(other.caller, slug, { q: "ISKP" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  }, 120_000);

  it("lets a viewer search; an outsider gets NOT_FOUND, a signed-out caller UNAUTHENTICATED, an empty query INVALID", async () => {
    await expect(searchWorkspace(callers.viewer, slug, { q: "Daesh" })).resolves.toMatchObject({ q: "Daesh" });
    const outsider = await makeUser("outsider");
    await expect(searchWorkspace(outsider.caller, slug, { q: "Daesh" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(searchWorkspace(null, slug, { q: "Daesh" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(searchWorkspace(callers.viewer, slug, { q: "  " })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { q: expect.any(Array) } });
    // Punctuation or symbols alone fold to nothing: refused with a reason, never a failed query.
    for (const q of ["ꀀ", "— …", "\u200c"]) {
      await expect(searchWorkspace(callers.viewer, slug, { q })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { q: [expect.stringMatching(/letters or digits/)] } });
    }
  });

  it("keeps SearchText in step with writes, folded exactly as lib/search/fold.ts folds", async () => {
    const rows = await db.searchText.findMany({ where: { workspaceId, kind: "EXCERPT" } });
    const excerpts = await db.excerpt.findMany({ where: { workspaceId }, select: { id: true, exact: true, note: true } });
    expect(rows).toHaveLength(excerpts.length);
    for (const e of excerpts) {
      const row = rows.find((r) => r.entityId === e.id)!;
      expect(row.folded).toBe(foldForSearch([e.exact, e.note].join(" ")).text);
    }
    const samples = ["Mazar-i-Sharif", "Thabihullah", persianText, "Kızılay İstanbul Ürümqi", "ﻻ ﬁle Ø ۱۴۰۲", "— «Daesh’s» —", ""];
    for (const sample of samples) {
      const [{ folded }] = await db.$queryRaw<{ folded: string }[]>`SELECT cc_search_fold(${sample}) AS folded`;
      expect(folded, sample).toBe(foldForSearch(sample).text);
    }
    await db.source.update({ where: { id: persianSourceId }, data: { title: "Balkh report" } });
    const row = await db.searchText.findUnique({ where: { kind_entityId: { kind: "SOURCE", entityId: persianSourceId } } });
    expect(row?.folded.startsWith(" balkh riport ")).toBe(true);
  });
});
