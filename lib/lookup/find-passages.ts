import "server-only";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { lookupDb } from "../db/client";
import { formatDate } from "../dates";
import { AppError } from "../errors";
import { foldedText } from "../search/fold";
import { matchRanges, snippetAround, type Segment } from "../search/highlight";
import { aliasKeys, buildTerms, queryPhrase, type AliasMatch, type SearchTerm } from "../search/query";
import { passageHref } from "../text/pages";
import { matchingExcerpts, matchingSources, quoteVariants, rankWords, type Rank, type SourceRow } from "./lookup-sql";
import { CONTEXT, type TextWindow } from "./passage-details";
import { LOOKUP_LIMIT, lookupSchema } from "./schemas";

/**
 * Seam for alias awareness: the actors named in the query with all their names,
 * read from ActorAlias.normalized with lib/search's own keys, so lookup and search
 * expand names the same way. (lib/search keeps its copy of this read private.)
 * `workspace` is an id or a slug, as the caller named it: the read runs beside the
 * membership check, and its answer is used only once that check has passed.
 */
async function expandAliases(workspace: string, q: string): Promise<Map<string, AliasMatch>> {
  const keys = aliasKeys(q);
  if (!keys.length) return new Map();
  // One statement (a nested Prisma select was three round trips on every lookup), kept
  // prepared by its tag (lib/db/statement-names.ts): planning it took 1.3 ms, running it 0.2.
  const hits = await lookupDb.$queryRaw<{ normalized: string; actor: string; aliases: string[] }[]>`SELECT /* lookup:aliases */
      a."normalized", x."name" AS actor, array_agg(b."alias" ORDER BY b."alias") AS aliases
    FROM "Workspace" w
    JOIN "ActorAlias" a ON a."workspaceId" = w."id"
    JOIN "Actor" x ON x."id" = a."actorId" AND x."workspaceId" = a."workspaceId"
    JOIN "ActorAlias" b ON b."actorId" = x."id" AND b."workspaceId" = a."workspaceId"
    WHERE (w."id" = ${workspace} OR w."slug" = ${workspace}) AND a."normalized" = ANY(${keys}::text[])
    GROUP BY a."normalized", x."name"`;
  return new Map(hits.map((h) => [h.normalized, { actor: h.actor, names: [h.actor, ...h.aliases] }]));
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

// Characters of a source folded before where SQL found the quote and after the
// quote's end: a little first, then wide (the position is estimated, see below; on
// the bench's sources the estimate was at most 79 characters off).
const WINDOWS = [120, 4000];

/**
 * Where the words occur in a source text. Folding a text for highlighting costs
 * about a microsecond per character — folding 25 whole sources was most of a
 * lookup's time — so for a quote (or its name variant) only a window around where SQL
 * found it in the folded text is folded (its position scaled by the lengths: folding
 * changes a text's length a little); the whole text when the windows miss or SQL had
 * no position (a short phrase's words under other names).
 */
function sourceRanges(row: SourceRow, used: SearchTerm[], quoteLength: number) {
  const { text } = row;
  if (row.at) {
    // SQL folded title, publisher and text together: a match in the first two is not in the text.
    const head = foldedText([row.title, row.publisher].filter(Boolean).join(" ")).length;
    if (row.at < head - 1) return [];
    const near = Math.round((row.at / Math.max(1, row.foldedLength)) * text.length);
    for (const width of WINDOWS) {
      const from = Math.max(0, near - width);
      const ranges = matchRanges(text.slice(from, near + quoteLength + width), used).map((r) => ({ start: r.start + from, end: r.end + from }));
      if (ranges.length) return ranges;
    }
  }
  return matchRanges(text, used);
}

/** Up to CONTEXT characters of the text before `start`, from a word break, with "…" unless from the text's start. */
function cutBefore({ text, offset }: TextWindow, start: number) {
  const from = Math.max(0, start - CONTEXT);
  if (from === 0) return text.slice(0, start - offset);
  // Cut at a word break, unless the window holds none before the passage.
  const space = text.indexOf(" ", from - offset) + offset;
  return "…" + text.slice((space >= offset && space < start ? space + 1 : from) - offset, start - offset);
}
/** Up to CONTEXT characters of the text after `end`, to a word break, with "…" unless to the text's end. */
function cutAfter({ text, offset, length }: TextWindow, end: number) {
  const to = Math.min(length, end + CONTEXT);
  const space = to < length ? text.lastIndexOf(" ", to - offset) + offset : to;
  return text.slice(end - offset, (space > end ? space : to) - offset) + (to < length ? "…" : "");
}

/**
 * Finds the passages that contain a quote or phrase: exact quotes first, then the
 * same words under another name or spelling (ISKP = IS-K = داعش), then near quotes;
 * each in its context with the words marked, its source's metadata, a permanent
 * link, and the claims, disputes and memos that cite it. Then the source texts
 * where the words occur outside any saved passage.
 */
export async function findPassages(caller: Caller | null, workspace: string, rawInput: unknown) {
  const parsed = lookupSchema.safeParse(rawInput);
  const q = parsed.success ? parsed.data.q : "";
  // Started beside the membership check, which is awaited first: a non-member gets
  // that check's answer and nothing read here (the catch only keeps this read's own
  // failure from going unhandled meanwhile; awaited below, it still throws).
  const aliases = workspace.includes("\u0000") ? Promise.resolve(new Map<string, AliasMatch>()) : expandAliases(workspace, q);
  aliases.catch(() => {});
  const { workspaceId, workspace: ws } = await requireMember(caller, workspace, "read");
  if (!parsed.success) throw AppError.invalid(parsed.error);

  const terms = buildTerms(q, await aliases);
  const phrase = queryPhrase(q);
  const phraseTerm: SearchTerm = { label: q, alternatives: [phrase] };
  if (!phrase) return { q, terms: [], passages: [], sources: [] };

  // The phrases that count as the quote under another name, for the SQL and for the page alike.
  const variants = quoteVariants(phrase, terms);
  // The sources' statement runs beside the passages' (another connection from the pool).
  const sourceMatches = matchingSources(workspaceId, phrase, terms, variants, LOOKUP_LIMIT);
  sourceMatches.catch(() => {});
  // Each passage comes with its citations, its source and that source's text around it.
  const found = await matchingExcerpts(workspaceId, phrase, terms, variants, LOOKUP_LIMIT);

  const passages = found.map((e) => {
    const { source, context } = e;
    const anchored = e.anchorStatus !== "ORPHANED" && e.start >= context.offset && context.text.slice(e.start - context.offset, e.end - context.offset) === e.exact;
    const claims = e.claims;
    const disputes = new Map(claims.flatMap((c) => c.disputes.map((d) => [d.id, d] as const)));
    const rank = e.rank as Rank;
    return {
      excerptId: e.id,
      rank,
      match: rankWords[rank],
      score: Math.round(e.score * 100) / 100,
      exact: e.exact,
      before: anchored ? cutBefore(context, e.start) : e.prefix,
      passage: highlightPassage(e.exact, rank, phraseTerm, terms),
      after: anchored ? cutAfter(context, e.end) : e.suffix,
      anchorStatus: e.anchorStatus,
      textVersion: e.textVersion,
      textSha256: e.textSha256,
      source: { ...source, published: source.publishedAt ? formatDate(source.publishedAt, source.publishedPrecision) : null },
      permalink: `/w/${ws.slug}/passages/${e.id}`,
      sourceHref: passageHref(ws.slug, e.sourceId, e.id),
      citedBy: {
        claims: claims.map((c) => ({ id: c.id, statement: c.statement })),
        disputes: [...disputes.values()],
        memos: e.memos,
      },
    };
  });

  // A source holding the quote under another name is marked where that variant occurs,
  // as one run; for a phrase too short for variants, its words under any of their names.
  const variantTerm: SearchTerm = { label: q, alternatives: variants };
  const sources = (await sourceMatches).map((s) => {
    const rank = s.rank as Rank;
    const used = rank === 3 ? [phraseTerm] : variants.length ? [variantTerm] : terms;
    const ranges = sourceRanges(s, used, rank === 3 ? phrase.length : Math.max(0, ...variants.map((v) => v.length)));
    // SQL counts the quote's or its variants' occurrences in the folded text (title included); else the ranges found.
    const occurrences = s.occurrences ?? ranges.length;
    return { id: s.id, title: s.title, publisher: s.publisher, rank, match: rankWords[rank], occurrences, snippet: snippetAround(s.text, ranges), href: `/w/${ws.slug}/sources/${s.id}` };
  });

  return { q, terms: terms.map((t) => ({ label: t.label, actor: t.actor ?? null, alternatives: t.alternatives })), passages, sources };
}

export type LookupResults = Awaited<ReturnType<typeof findPassages>>;
