import "server-only";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { AppError } from "../errors";
import { passageHref } from "../text/pages";
import { highlightAll, snippet, type Segment } from "./highlight";
import { aliasKeys, buildTerms, queryPhrase, type AliasMatch, type SearchTerm } from "./query";
import { rankedIds, rankWords, SEARCH_CANDIDATES, type Rank, type RankedRow } from "./search-sql";
import { SEARCH_PAGE_SIZE, searchKinds, searchSchema, type SearchKindName } from "./schemas";

export type SearchHit = { id: string; rank: Rank; match: string; href: string; title: Segment[]; snippet: Segment[]; meta: string[] };
/** `total` is exact unless `more` is set: then at least that many match (the search stops counting there). */
export type SearchGroup = { kind: SearchKindName; total: number; more: boolean; page: number; pageSize: number; hits: SearchHit[] };

/** Actors named by runs of the query's words, with all their names, from the indexed ActorAlias.normalized. */
async function lookUpAliases(workspaceId: string, q: string): Promise<Map<string, AliasMatch>> {
  const keys = aliasKeys(q);
  if (!keys.length) return new Map();
  const hits = await db.actorAlias.findMany({
    where: { workspaceId, normalized: { in: keys } },
    select: { normalized: true, actor: { select: { name: true, aliases: { select: { alias: true } } } } },
  });
  return new Map(hits.map((h) => [h.normalized, { actor: h.actor.name, names: [h.actor.name, ...h.actor.aliases.map((a) => a.alias)] }]));
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const present = (values: (string | null | undefined)[]) => values.filter((v): v is string => Boolean(v));

async function claimHits(workspaceId: string, slug: string, rows: RankedRow[], terms: SearchTerm[]) {
  const claims = await db.claim.findMany({
    where: { workspaceId, id: { in: rows.map((r) => r.id) } },
    select: { id: true, statement: true, kind: true, madeAt: true, claimant: { select: { name: true } } },
  });
  const byId = new Map(claims.map((c) => [c.id, c]));
  return rows.flatMap((row) => {
    const c = byId.get(row.id);
    if (!c) return [];
    return [{ id: c.id, href: `/w/${slug}/claims/${c.id}`, title: highlightAll(c.statement, terms), snippet: [], meta: present([c.claimant?.name, day(c.madeAt)]) }];
  });
}

async function excerptHits(workspaceId: string, slug: string, rows: RankedRow[], terms: SearchTerm[]) {
  const excerpts = await db.excerpt.findMany({
    where: { workspaceId, id: { in: rows.map((r) => r.id) } },
    select: { id: true, exact: true, sourceId: true, source: { select: { title: true, publisher: true } } },
  });
  const byId = new Map(excerpts.map((e) => [e.id, e]));
  return rows.flatMap((row) => {
    const e = byId.get(row.id);
    if (!e) return [];
    const title = [{ text: e.source.title, hit: false }];
    return [{ id: e.id, href: passageHref(slug, e.sourceId, e.id), title, snippet: highlightAll(e.exact, terms), meta: present([e.source.publisher]) }];
  });
}

async function sourceHits(workspaceId: string, slug: string, rows: RankedRow[], terms: SearchTerm[]) {
  const sources = await db.source.findMany({
    where: { workspaceId, id: { in: rows.map((r) => r.id) } },
    select: { id: true, title: true, publisher: true, publishedAt: true, text: true },
  });
  const byId = new Map(sources.map((s) => [s.id, s]));
  return rows.flatMap((row) => {
    const s = byId.get(row.id);
    if (!s) return [];
    return [{ id: s.id, href: `/w/${slug}/sources/${s.id}`, title: highlightAll(s.title, terms), snippet: snippet(s.text, terms), meta: present([s.publisher, day(s.publishedAt)]) }];
  });
}

const hydrate = { claims: claimHits, excerpts: excerptHits, sources: sourceHits };

/**
 * Searches a workspace's claims, excerpts and sources. Names of actors expand to
 * all their aliases; romanisation variants and script forms fold together (see
 * fold.ts); near spellings match by trigram similarity. Results come grouped by
 * kind, best first (exact phrase, then name or spelling variant, then near
 * match), one page per kind, with the matched words marked in context.
 */
export async function searchWorkspace(caller: Caller | null, workspace: string, rawInput: unknown) {
  const { workspaceId, workspace: ws } = await requireMember(caller, workspace, "read");
  const parsed = searchSchema.safeParse(rawInput);
  if (!parsed.success) throw AppError.invalid(parsed.error);
  const { q, page } = parsed.data;
  const kinds = parsed.data.kinds ?? [...searchKinds];

  const terms = buildTerms(q, await lookUpAliases(workspaceId, q));
  if (!terms.length) {
    const message = "has no letters or digits to search for";
    throw new AppError("INVALID", `Invalid input — q: ${message}`, { q: [message] });
  }
  const search = { terms, phrase: queryPhrase(q), raw: q.replace(/"/g, "") };
  const groups: SearchGroup[] = [];
  for (const kind of kinds) {
    const rows = await rankedIds(workspaceId, kind, search, { size: SEARCH_PAGE_SIZE, offset: (page - 1) * SEARCH_PAGE_SIZE });
    const hits = await hydrate[kind](workspaceId, ws.slug, rows, terms);
    const rankOf = new Map(rows.map((r) => [r.id, Number(r.rank) as Rank]));
    const more = rows.length > 0 && rows[0].more;
    groups.push({
      kind,
      total: more ? SEARCH_CANDIDATES : rows.length ? Number(rows[0].total) : 0,
      more,
      page,
      pageSize: SEARCH_PAGE_SIZE,
      hits: hits.map((h) => ({ ...h, rank: rankOf.get(h.id)!, match: rankWords[rankOf.get(h.id)!] })),
    });
  }
  return { q, page, terms: terms.map((t) => ({ label: t.label, actor: t.actor ?? null, alternatives: t.alternatives })), groups };
}

export type SearchResults = Awaited<ReturnType<typeof searchWorkspace>>;
