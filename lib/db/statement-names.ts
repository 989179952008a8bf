import { createHash } from "node:crypto";

/**
 * Which statements PostgreSQL keeps prepared on a connection, so that their plan is
 * made once rather than on every call: the citation lookup's three statements (tagged
 * `lookup:excerpt` and `lookup:source` in lib/lookup/lookup-sql.ts, `lookup:aliases`
 * in lib/lookup/find-passages.ts). Planning the passages' statement takes 2-3 ms,
 * about half its usual run; the aliases' 1.3 ms, six times its run. A quote's (three
 * words or more) run on the lookup's own connections (lib/db/client.ts lookupDb),
 * where each text has one generic plan (session-settings.ts lookupConnectionOptions);
 * a short phrase's on the app's, where PostgreSQL chooses (plan_cache_mode auto).
 * Also the two short statements every page and API call sends first, the token check
 * (`auth:token`, lib/auth/caller.ts) and the membership check (`auth:membership`,
 * lib/auth/guards.ts), on the app's connections: their generic plan is the custom
 * one, so after five calls PostgreSQL keeps it and stops planning them.
 *
 * A kept statement holds ~0.7 MB of its backend's memory, per connection and per
 * distinct text (the text varies with the quote's length and its other names), and
 * node-postgres never lets one go. So only the first MAX_KEPT lookup texts this
 * process meets are named; any other runs unprepared, as every other statement does.
 * The near-quote clauses are padded (`padded`) so that quotes of different lengths
 * share a text. Measurements: bench/explain/lookup-prepared.txt.
 */
export const MAX_KEPT = 16;
// Anchored, so every other statement the app sends is turned away at its first characters.
const LOOKUP_TAG = /^(WITH|SELECT) \/\* lookup:(excerpt|source|aliases) \*\//;
const AUTH_TAG = /^SELECT \/\* auth:(token|membership) \*\//;

const nameOf = (sql: string) => `cc_${createHash("sha256").update(sql).digest("hex").slice(0, 32)}`;
// The lookup's texts named so far (at most MAX_KEPT); the two auth texts, fixed and small, always are.
const names = new Map<string, string>();
const authNames = new Map<string, string>();

/** The prepared statement's name for this SQL text, or "" to run it unprepared (node-postgres's unnamed statement). */
export function statementName(sql: string): string {
  if (AUTH_TAG.test(sql)) {
    if (!authNames.has(sql)) authNames.set(sql, nameOf(sql));
    return authNames.get(sql)!;
  }
  if (!LOOKUP_TAG.test(sql)) return "";
  const known = names.get(sql);
  if (known !== undefined) return known;
  if (names.size >= MAX_KEPT) return "";
  const name = nameOf(sql);
  names.set(sql, name);
  return name;
}

/**
 * `list` lengthened with `filler` to 4 items, 8, or the next multiple of 8: a
 * statement with one clause per item then has a few texts rather than one per length.
 */
export function padded<T>(list: T[], filler: T): T[] {
  const length = list.length <= 4 ? 4 : 8 * Math.ceil(list.length / 8);
  return [...list, ...Array<T>(length - list.length).fill(filler)];
}
