// Citation lookup: exact quotes first, then the same words under another name
// (aliases, spellings, script forms), then near quotes; Persian; tenancy.
import { beforeAll, describe, expect, it } from "vitest";
import { db, lookupDb } from "../../lib/db/client";
import { findPassages, type LookupResults } from "../../lib/lookup/find-passages";
import { citePassage } from "../../lib/citations/cite-passage";
import { createExcerpt } from "../../lib/sources/create-excerpt";
import { createSource } from "../../lib/sources/create-source";
import { makeTeam } from "../support/factories";
import { makeDemoWithMemo } from "../support/memo-factories";

let demo: Awaited<ReturnType<typeof makeDemoWithMemo>>;
const persianText = "سخنگوی طالبان می‌گوید که داعش در ولایت بلخ شکست خورده است. منابع محلی در مزار شریف این ادعا را رد می‌کنند.";
const persianQuote = "منابع محلی در مزار شریف این ادعا را رد می‌کنند.";

const text = (segments: { text: string }[]) => segments.map((s) => s.text).join("");
const marked = (segments: { text: string; hit: boolean }[]) => segments.filter((s) => s.hit).map((s) => s.text.toLowerCase());
const lookup = (q: string) => findPassages(demo.callers.viewer, demo.slug, { q });

beforeAll(async () => {
  demo = await makeDemoWithMemo("lookup");
  const { source } = await createSource(demo.callers.editor, demo.slug, { title: "گزارش بلخ", publisher: "Test", language: "fa", text: persianText });
  const start = persianText.indexOf(persianQuote);
  await createExcerpt(demo.callers.editor, demo.slug, { sourceId: source.id, start, end: start + persianQuote.length, exact: persianQuote });
}, 180_000);

describe("findPassages", () => {
  it("finds a seed quote exactly, first, in context, with its source and who cites it", async () => {
    const excerpt = await db.excerpt.findFirstOrThrow({ where: { workspaceId: demo.workspaceId, exact: { contains: "IS-K" } }, orderBy: { createdAt: "asc" } });
    const words = excerpt.exact.split(" ").slice(0, 8).join(" ");
    const results = await lookup(words);
    const first = results.passages[0];
    expect(first.rank).toBe(3);
    expect(first.match).toBe("exact quote");
    expect(results.passages.filter((p) => p.rank === 3).map((p) => p.excerptId)).toContain(excerpt.id);
    const hit = results.passages.find((p) => p.excerptId === excerpt.id)!;
    expect(marked(hit.passage).join(" ")).toContain(words.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, "").split(" ")[0]);
    expect(text(hit.passage)).toBe(excerpt.exact);
    expect(hit.source.title).toBeTruthy();
    expect(hit.permalink).toBe(`/w/${demo.slug}/passages/${excerpt.id}`);
    expect(hit.before.length + hit.after.length).toBeGreaterThan(0);
    // Ranks never go up down the list.
    const ranks = results.passages.map((p) => p.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
  });

  it("lists the claims, disputes and memos that cite a passage", async () => {
    const appearance = await db.claimAppearance.findFirstOrThrow({ where: { workspaceId: demo.workspaceId, claimId: demo.dispute.claims[0].claimId }, include: { excerpt: true } });
    const results = await lookup(appearance.excerpt.exact.slice(0, 80));
    const hit = results.passages.find((p) => p.excerptId === appearance.excerptId)!;
    expect(hit.citedBy.claims.map((c) => c.id)).toContain(appearance.claimId);
    expect(hit.citedBy.disputes.map((d) => d.id)).toContain(demo.dispute.id);
    // This test's memo, and the memo the demo workspace ships with, both cite the passage.
    expect(hit.citedBy.memos.map((m) => m.title).sort()).toEqual(["ISKP after the Taliban takeover", "ISKP after the Taliban's victory claim, spring 2022"]);
    expect(hit.citedBy.memos).toContainEqual({ id: demo.memo.id, title: "ISKP after the Taliban takeover" });
  });

  it("finds a quote with a typo as a near match, after the exact ones", async () => {
    const excerpt = await db.excerpt.findFirstOrThrow({ where: { workspaceId: demo.workspaceId, exact: { contains: "Taliban" } }, orderBy: { createdAt: "asc" } });
    const words = excerpt.exact.split(" ");
    const at = words.findIndex((w) => w.startsWith("Taliban"));
    const typo = words.slice(Math.max(0, at - 5), at + 5).join(" ").replace("Taliban", "Talibn");
    const results = await lookup(typo);
    const hit = results.passages.find((p) => p.excerptId === excerpt.id);
    expect(hit?.rank).toBe(1);
    expect(hit?.match).toBe("near match");
    expect(marked(hit!.passage).length).toBeGreaterThan(0);
  });

  it("answers the tenth time as the first: the lookup's statements are kept prepared, each with one generic plan, on connections of their own", async () => {
    const excerpt = await db.excerpt.findFirstOrThrow({ where: { workspaceId: demo.workspaceId, exact: { contains: "IS-K" } }, orderBy: { createdAt: "asc" } });
    const q = excerpt.exact.split(" ").slice(0, 7).join(" ");
    const first = await lookup(q);
    expect(first.passages[0]).toMatchObject({ excerptId: excerpt.id, rank: 3 });
    // Past five runs on a connection PostgreSQL weighs a generic plan; either plan must give the same answer.
    for (let call = 2; call <= 10; call += 1) expect(await lookup(q)).toEqual(first);
    // Ten reads at once take every connection of the lookup's pool (DATABASE_POOL_SIZE, 10 by default): they hold the statements.
    const held = await Promise.all(
      Array.from({ length: 10 }, () => lookupDb.$queryRaw<{ statement: string; generic: bigint; custom: bigint }[]>`
        SELECT statement, generic_plans AS generic, custom_plans AS custom FROM pg_prepared_statements WHERE name LIKE 'cc\_%'`),
    );
    const kept = new Set(held.flat().map((r) => r.statement.slice(0, 24)));
    expect([...kept].sort()).toEqual(["SELECT /* lookup:aliases", "WITH /* lookup:excerpt *", "WITH /* lookup:source */"]);
    // On those connections every run used the statement's one generic plan; the app's other connections plan as PostgreSQL chooses.
    expect(held.flat().every((r) => Number(r.custom) === 0 && Number(r.generic) > 0)).toBe(true);
    const [[lookupSide], [appSide]] = await Promise.all([
      lookupDb.$queryRaw<{ mode: string }[]>`SELECT current_setting('plan_cache_mode') AS mode`,
      db.$queryRaw<{ mode: string }[]>`SELECT current_setting('plan_cache_mode') AS mode`,
    ]);
    expect([lookupSide.mode, appSide.mode]).toEqual(["force_generic_plan", "auto"]);
    // A short phrase's trigram statements stay on the app's connections, where PostgreSQL plans with
    // the phrase (a generic plan made them 2-3× slower); so does the membership check every lookup starts with.
    await lookup("Taliban");
    const keptOn = async (client: typeof db) =>
      (await Promise.all(Array.from({ length: 10 }, () => client.$queryRaw<{ statement: string }[]>`SELECT statement FROM pg_prepared_statements WHERE name LIKE 'cc\_%'`))).flat().map((r) => r.statement);
    const [onLookup, onApp] = await Promise.all([keptOn(lookupDb), keptOn(db)]);
    expect(onApp.some((sql) => sql.includes("%>"))).toBe(true);
    expect(onLookup.some((sql) => sql.includes("%>"))).toBe(false);
    expect(onApp.some((sql) => sql.startsWith("SELECT /* auth:membership */"))).toBe(true);
    const misspelt = q.replace(/\b(\w)(\w)(\w+)/, "$1$3");
    const typo = await lookup(misspelt);
    expect(typo.passages[0]).toMatchObject({ excerptId: excerpt.id, rank: 1 });
    for (let call = 2; call <= 7; call += 1) expect(await lookup(misspelt)).toEqual(typo);
  });

  it("finds an IS-K quote when asked with ISKP (alias-aware), and marks the original spelling", async () => {
    const results = await lookup("IS-K attacks");
    const direct = results.passages.filter((p) => p.exact.includes("IS-K"));
    expect(direct.length).toBeGreaterThan(0);
    const aliased = await lookup("ISKP attacks");
    expect(aliased.terms[0].actor).toBe("Islamic State Khorasan Province");
    const found = aliased.passages.find((p) => p.excerptId === direct[0].excerptId);
    expect(found?.rank).toBe(2);
    expect(marked(found!.passage)).toContain("is-k");
  });

  it("counts and shows a source's quote under another name where it occurs, not each of its words wherever they occur", async () => {
    // The RFE/RL article says "Daesh has been defeated and suppressed" once; "has", "been" and "and" are everywhere in it.
    const results = await lookup("ISKP has been defeated and suppressed");
    const source = results.sources.find((s) => s.title.startsWith("IS-K Attacks Puncture"));
    expect(source).toMatchObject({ rank: 2, occurrences: 1 });
    expect(marked(source!.snippet)).toEqual(["daesh has been defeated and suppressed"]);
  });

  it("finds a longer quote under another name, whatever index bucket its passage is in", async () => {
    // "ISKP" makes the name variant "is k claimed responsibility for an april", found by shingles.
    const direct = (await lookup("IS-K claimed responsibility for an April")).passages.filter((p) => p.rank === 3);
    expect(direct.length).toBeGreaterThan(0);
    const aliased = await lookup("ISKP claimed responsibility for an April");
    for (const hit of direct) expect(aliased.passages.find((p) => p.excerptId === hit.excerptId)?.rank).toBe(2);
  });

  it("finds Persian quotes across Arabic and Persian letter forms and zero-width joiners", async () => {
    // Typed with Arabic ي and ك, and without the zero-width non-joiner of می‌کنند.
    const results = await lookup("منابع محلي در مزار شريف اين ادعا را رد ميكنند");
    expect(results.passages[0].exact).toBe(persianQuote);
    expect(results.passages[0].rank).toBe(3);
    expect(results.sources.map((s) => s.title)).toContain("گزارش بلخ");
    // The actor's Persian name finds the English passages about it too.
    const alias = await lookup("داعش");
    expect(alias.passages.some((p) => /IS-?K|ISKP|Daesh|Islamic State/i.test(p.exact))).toBe(true);
  });

  it("gives 'cite this' in the chosen style with the quote and the text version", async () => {
    const excerpt = await db.excerpt.findFirstOrThrow({ where: { workspaceId: demo.workspaceId }, include: { source: true } });
    const apa = await citePassage(demo.callers.viewer, demo.slug, excerpt.id, "apa");
    expect(apa.style.id).toBe("apa");
    expect(apa.cite.full).toContain(`Quoted: “${excerpt.exact}”`);
    expect(apa.cite.full).toContain(`text v${excerpt.textVersion}, sha256 ${excerpt.textSha256}`);
    const fallback = await citePassage(demo.callers.viewer, demo.slug, excerpt.id, "no-such-style");
    expect(fallback.style.id).toBe("chicago-note-bibliography");
  });

  it("keeps to the caller's workspace and refuses bad input", async () => {
    const team = await makeTeam();
    const excerpt = await db.excerpt.findFirstOrThrow({ where: { workspaceId: demo.workspaceId } });
    await expect(findPassages(team.callers.viewer, demo.slug, { q: "Taliban" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findPassages(null, demo.slug, { q: "Taliban" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const own: LookupResults = await findPassages(team.callers.viewer, team.workspace.slug, { q: excerpt.exact });
    expect(own.passages).toEqual([]);
    await expect(citePassage(team.callers.viewer, team.workspace.slug, excerpt.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(lookup(" ")).rejects.toMatchObject({ code: "INVALID" });
  });

  it("gives each of several passages of one source its own context from that source's text", async () => {
    // The statement sends a source's text once, from before its first passage found to after its last.
    const phrase = "the convoy was stopped at the Salang tunnel checkpoint";
    const body = `Early report: ${phrase} before dawn. Later that week, witnesses said ${phrase} again, by other men.`;
    const { source } = await createSource(demo.callers.editor, demo.slug, { title: "Salang reports", publisher: "Test", text: body });
    const first = body.indexOf(phrase);
    const second = body.indexOf(phrase, first + 1);
    for (const start of [first, second]) await createExcerpt(demo.callers.editor, demo.slug, { sourceId: source.id, start, end: start + phrase.length, exact: phrase });
    const found = (await lookup(phrase)).passages.filter((p) => p.source.id === source.id);
    expect(found).toHaveLength(2);
    const contexts = found.map((p) => [p.before, p.after]).sort();
    expect(contexts).toEqual([["Early report: ", " before dawn. Later that week, witnesses said the convoy was stopped at the Salang tunnel checkpoint again, by other men."], ["Early report: the convoy was stopped at the Salang tunnel checkpoint before dawn. Later that week, witnesses said ", " again, by other men."]].sort());
    expect(found.every((p) => p.source.title === "Salang reports" && p.anchorStatus === "ANCHORED")).toBe(true);
  });

  it("cuts a long source's context at word breaks around the passage, whatever characters (emoji included) come before it", async () => {
    const phrase = "the fuel depot at Pul-e Khumri burned through the night";
    const filler = (n: number, mark: string) => Array.from({ length: n }, (_, i) => `${mark}${i}`).join(" ");
    // Characters beyond U+FFFF are two UTF-16 units and one PostgreSQL character: before the passage, in its window, after it.
    const cases = [
      { title: "Pul-e Khumri plain", body: `${filler(300, "w")} ${phrase} ${filler(300, "v")}` },
      { title: "Pul-e Khumri emoji before", body: `🔥 ${filler(300, "w")} ${phrase} ${filler(300, "v")}` },
      { title: "Pul-e Khumri emoji near", body: `${filler(300, "w")} 🔥 ${phrase} 🚒 ${filler(300, "v")}` },
      { title: "Pul-e Khumri emoji at the end", body: `${filler(300, "w")} ${phrase} ${filler(30, "v")} 🚒` },
    ];
    for (const { title, body } of cases) {
      const { source } = await createSource(demo.callers.editor, demo.slug, { title, publisher: "Test", text: body });
      const start = body.indexOf(phrase);
      await createExcerpt(demo.callers.editor, demo.slug, { sourceId: source.id, start, end: start + phrase.length, exact: phrase });
    }
    const found = (await lookup(phrase)).passages.filter((p) => p.source.title.startsWith("Pul-e Khumri"));
    expect(found.map((p) => p.source.title).sort()).toEqual(cases.map((c) => c.title).sort());
    for (const { title, body } of cases) {
      const hit = found.find((p) => p.source.title === title)!;
      const start = body.indexOf(phrase);
      const end = start + phrase.length;
      // At most 160 characters either side, from the first word break; "…" where the text goes on.
      const from = body.indexOf(" ", start - 160) + 1;
      const toward = body.lastIndexOf(" ", end + 160);
      const expected = [`…${body.slice(from, start)}`, end + 160 < body.length ? `${body.slice(end, toward)}…` : body.slice(end)];
      expect([hit.before, hit.after], title).toEqual(expected);
      expect(hit.anchorStatus).toBe("ANCHORED");
      expect(hit.before.length).toBeLessThanOrEqual(161);
    }
  });
});

