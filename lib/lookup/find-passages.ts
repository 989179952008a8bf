import "server-only";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { formatDate } from "../dates";
import { AppError } from "../errors";
import { matchRanges, snippet, type Segment } from "../search/highlight";
import { aliasKeys, buildTerms, queryPhrase, type AliasMatch, type SearchTerm } from "../search/query";
import { matchingExcerpts, matchingSources, memosCiting, rankWords, type Rank } from "./lookup-sql";
import { LOOKUP_LIMIT, lookupSchema } from "./schemas";

// Characters of the source shown either side of a passage.
const CONTEXT = 160;

/**
 * Seam for alias awareness: the actors named in the query with all their names,
 * read from ActorAlias.normalized with lib/search's own keys, so lookup and search
 * expand names the same way. (lib/search keeps its copy of this read private.)
 */
async function expandAliases(workspaceId: string, q: string): Promise<Map<string, AliasMatch>> {
  const keys = aliasKeys(q);
  if (!keys.length) return new Map();
  const hits = await db.actorAlias.findMany({
    where: { workspaceId, normalized: { in: keys } },
    select: { normalized: true, actor: { select: { name: true, aliases: { select: { alias: true } } } } },
  });
  return new Map(hits.map((h) => [h.normalized, { actor: h.actor.name, names: [h.actor.name, ...h.actor.aliases.map((a) => a.alias)] }]));
}

/** Marks what matched: the whole phrase (exact), each term under any of its names (2), or the near words (1). */
function highlightPassage(text: string, rank: Rank, phraseTerm: SearchTerm, terms: SearchTerm[]): Segment[] {
  const ranges = matchRanges(text, rank === 2 ? terms : [phraseTerm]);
  const segments: Segment[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) segments.push({ text: text.slice(at, r.start), hit: false });
    segments.push({ text: text.slice(r.start, r.end), hit: true });
    at = r.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), hit: false });
  return segments;
}

function cutBefore(text: string, start: number) {
  const from = Math.max(0, start - CONTEXT);
  const space = from > 0 ? text.indexOf(" ", from) : from;
  return (from > 0 ? "…" : "") + text.slice(space >= 0 && space < start ? space + 1 : from, start);
}
function cutAfter(text: string, end: number) {
  const to = Math.min(text.length, end + CONTEXT);
  const space = to < text.length ? text.lastIndexOf(" ", to) : to;
  return text.slice(end, space > end ? space : to) + (to < text.length ? "…" : "");
}

/**
 * Finds the passages that contain a quote or phrase: exact quotes first, then the
 * same words under another name or spelling (ISKP = IS-K = داعش), then near quotes;
 * each in its context with the words marked, its source's metadata, a permanent
 * link, and the claims, disputes and memos that cite it. Then the source texts
 * where the words occur outside any saved passage.
 */
export async function findPassages(caller: Caller | null, workspace: string, rawInput: unknown) {
  const { workspaceId, workspace: ws } = await requireMember(caller, workspace, "read");
  const parsed = lookupSchema.safeParse(rawInput);
  if (!parsed.success) throw AppError.invalid(parsed.error);
  const { q } = parsed.data;

  const terms = buildTerms(q, await expandAliases(workspaceId, q));
  const phrase = queryPhrase(q);
  const phraseTerm: SearchTerm = { label: q, alternatives: [phrase] };
  if (!phrase) return { q, terms: [], passages: [], sources: [] };

  const rows = await matchingExcerpts(workspaceId, phrase, terms, LOOKUP_LIMIT);
  const excerpts = await db.excerpt.findMany({
    where: { workspaceId, id: { in: rows.map((r) => r.id) } },
    include: {
      source: { select: { id: true, title: true, publisher: true, authors: true, publishedAt: true, publishedPrecision: true, url: true, archiveUrl: true, accessedAt: true, language: true, text: true, textVersion: true, textSha256: true } },
      appearances: { select: { claim: { select: { id: true, statement: true, disputes: { select: { dispute: { select: { id: true, proposition: true } } } } } } } },
      evidenceLinks: { select: { stance: true, claim: { select: { id: true, statement: true, disputes: { select: { dispute: { select: { id: true, proposition: true } } } } } } } },
    },
  });
  const memos = await memosCiting(workspaceId, excerpts.map((e) => e.id));
  const byId = new Map(excerpts.map((e) => [e.id, e]));

  const passages = rows.flatMap((row) => {
    const e = byId.get(row.id);
    if (!e) return [];
    const { text, ...source } = e.source;
    const anchored = e.anchorStatus !== "ORPHANED" && text.slice(e.start, e.end) === e.exact;
    const claims = [...e.appearances.map((a) => a.claim), ...e.evidenceLinks.map((l) => l.claim)];
    const disputes = new Map(claims.flatMap((c) => c.disputes.map((d) => [d.dispute.id, d.dispute] as const)));
    const rank = Number(row.rank) as Rank;
    return [{
      excerptId: e.id,
      rank,
      match: rankWords[rank],
      score: Math.round(Number(row.score) * 100) / 100,
      exact: e.exact,
      before: anchored ? cutBefore(text, e.start) : e.prefix,
      passage: highlightPassage(e.exact, rank, phraseTerm, terms),
      after: anchored ? cutAfter(text, e.end) : e.suffix,
      anchorStatus: e.anchorStatus,
      textVersion: e.textVersion,
      textSha256: e.textSha256,
      source: { ...source, published: source.publishedAt ? formatDate(source.publishedAt, source.publishedPrecision) : null },
      permalink: `/w/${ws.slug}/passages/${e.id}`,
      sourceHref: `/w/${ws.slug}/sources/${e.sourceId}#excerpt-${e.id}`,
      citedBy: {
        claims: [...new Map(claims.map((c) => [c.id, { id: c.id, statement: c.statement }])).values()],
        disputes: [...disputes.values()],
        memos: memos.filter((m) => m.excerptIds.includes(e.id)).map((m) => ({ id: m.id, title: m.title })),
      },
    }];
  });

  const sourceRows = await matchingSources(workspaceId, phrase, terms, LOOKUP_LIMIT);
  const sourceTexts = await db.source.findMany({ where: { workspaceId, id: { in: sourceRows.map((r) => r.id) } }, select: { id: true, title: true, publisher: true, text: true } });
  const sources = sourceRows.flatMap((row) => {
    const s = sourceTexts.find((x) => x.id === row.id);
    if (!s) return [];
    const rank = Number(row.rank) as Rank;
    const used = rank === 3 ? [phraseTerm] : terms;
    return [{ id: s.id, title: s.title, publisher: s.publisher, rank, match: rankWords[rank], occurrences: matchRanges(s.text, used).length, snippet: snippet(s.text, used), href: `/w/${ws.slug}/sources/${s.id}` }];
  });

  return { q, terms: terms.map((t) => ({ label: t.label, actor: t.actor ?? null, alternatives: t.alternatives })), passages, sources };
}

export type LookupResults = Awaited<ReturnType<typeof findPassages>>;
