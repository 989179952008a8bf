import { normalizeName } from "../text/normalize";
import { foldTerm } from "./fold";

/**
 * One part of a query. A text matches the query when it matches every term, and
 * a term when it contains any of its alternatives (folded forms, see fold.ts).
 */
export type SearchTerm = {
  /** What the person typed for this term. */
  label: string;
  alternatives: string[];
  /** Set when the term named an actor: the alternatives are all that actor's names. */
  actor?: string;
};

/** What an alias lookup returns for a normalised name (ActorAlias.normalized). */
export type AliasMatch = { actor: string; names: string[] };

// Longest run of words tried as an actor's name ("Islamic State in Khorasan Province").
const MAX_ALIAS_WORDS = 6;
// An alternative whose last word is shorter than this must match whole words, and no
// typo matching is tried for it: "is k" (IS-K) must not match "is kabul", and three
// letters make no useful trigrams. Longer ones match at a word start ("attack" → "attacks").
const MIN_PREFIX_WORD = 4;

export function wholeWordsOnly(alternative: string): boolean {
  const words = alternative.split(" ");
  return words[words.length - 1].length < MIN_PREFIX_WORD;
}

/** How a folded alternative is looked for in folded text (which is padded with spaces). */
export function termPattern(alternative: string): string {
  return wholeWordsOnly(alternative) ? ` ${alternative} ` : ` ${alternative}`;
}

type Token = { text: string; quoted: boolean };

export function tokenize(q: string): Token[] {
  return [...q.matchAll(/"([^"]*)"|(\S+)/g)]
    .map((m) => (m[1] !== undefined ? { text: m[1].trim(), quoted: true } : { text: m[2], quoted: false }))
    .filter((t) => foldTerm(t.text) !== "");
}

/** Every run of up to MAX_ALIAS_WORDS unquoted words, normalised as ActorAlias.normalized is. */
export function aliasKeys(q: string): string[] {
  const keys = new Set<string>();
  for (const run of unquotedRuns(tokenize(q))) {
    for (let i = 0; i < run.length; i += 1) {
      for (let n = 1; n <= MAX_ALIAS_WORDS && i + n <= run.length; n += 1) {
        const key = normalizeName(run.slice(i, i + n).join(" "));
        if (key) keys.add(key);
      }
    }
  }
  return [...keys];
}

function unquotedRuns(tokens: Token[]): string[][] {
  const runs: string[][] = [[]];
  for (const t of tokens) {
    if (t.quoted) runs.push([]);
    else runs[runs.length - 1].push(t.text);
  }
  return runs.filter((r) => r.length);
}

const unique = (values: string[]) => [...new Set(values.filter(Boolean))];

/**
 * The query as terms. Quoted text is one term. Unquoted words that name an actor
 * (longest name first) become one term whose alternatives are all its aliases;
 * other words are a term each. One-letter words are dropped unless nothing else is left.
 */
export function buildTerms(q: string, aliases: Map<string, AliasMatch>): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const token of tokenize(q)) {
    if (token.quoted) terms.push({ label: token.text, alternatives: [foldTerm(token.text)] });
  }
  for (const run of unquotedRuns(tokenize(q))) {
    let i = 0;
    while (i < run.length) {
      let matched = false;
      for (let n = Math.min(MAX_ALIAS_WORDS, run.length - i); n >= 1 && !matched; n -= 1) {
        const label = run.slice(i, i + n).join(" ");
        const alias = aliases.get(normalizeName(label));
        if (!alias) continue;
        terms.push({ label, actor: alias.actor, alternatives: unique([foldTerm(label), ...alias.names.map(foldTerm)]) });
        i += n;
        matched = true;
      }
      if (matched) continue;
      terms.push({ label: run[i], alternatives: [foldTerm(run[i])] });
      i += 1;
    }
  }
  const meaningful = terms.filter((t) => t.alternatives.some((alt) => alt.length > 1));
  return meaningful.length ? meaningful : terms;
}

/** The whole query folded, for the "exact phrase" rank. */
export function queryPhrase(q: string): string {
  return foldTerm(q.replace(/"/g, " "));
}
