import type { Metadata } from "next";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { isAppError } from "@/lib/errors";
import { searchWorkspace, type SearchResults as Results } from "@/lib/search/search-workspace";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";
import { SearchResults } from "@/components/SearchResults";
import styles from "@/components/search.module.css";

export const metadata: Metadata = { title: "Search" };

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function SearchPage({ params, searchParams }: Props) {
  const { workspace: slug } = await params;
  const query = await searchParams;
  const q = first(query.q).trim();
  const kinds = first(query.kinds);
  const caller = await pageCaller(`/w/${slug}/search`);
  await pageRead(() => getWorkspace(caller, slug));

  let results: Results | null = null;
  let problem: string | null = null;
  if (q) {
    try {
      results = await pageRead(() => searchWorkspace(caller, slug, { q, kinds: kinds || undefined, page: first(query.page) || 1 }));
    } catch (error) {
      if (!isAppError(error) || error.code !== "INVALID") throw error;
      problem = error.message;
    }
  }

  return (
    <main>
      <div className="page-head">
        <div>
          <h1>Search</h1>
          <p>Claims, quoted passages and source texts, in any script.</p>
        </div>
      </div>
      <form role="search" method="get" action={`/w/${slug}/search`} className={styles.form}>
        <label>
          Search this workspace
          <input type="search" name="q" defaultValue={q} dir="auto" aria-describedby="search-hint" autoComplete="off" />
        </label>
        <button type="submit">Search</button>
      </form>
      <p id="search-hint" className={styles.hint}>
        Names of actors also find their other names (ISKP finds IS-K, ISIS-K, Daesh). Spelling variants (Mazar-i-Sharif,
        Mazar-e Sharif), near misspellings and Persian or Arabic letter forms match too. Put words in “quotes” to keep them
        together.
      </p>
      {problem && (
        <p role="alert" className="notice error">
          {problem}
        </p>
      )}
      {results && <SearchResults results={results} slug={slug} filtered={Boolean(kinds)} />}
    </main>
  );
}
