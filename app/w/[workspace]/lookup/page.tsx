import type { Metadata } from "next";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { isAppError } from "@/lib/errors";
import { findPassages, type LookupResults } from "@/lib/lookup/find-passages";
import { getWorkspace } from "@/lib/workspaces/read-workspaces";
import { LookupResultsList } from "@/components/lookup/LookupResults";
import styles from "@/components/lookup/lookup.module.css";

export const metadata: Metadata = { title: "Citation lookup" };

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<{ q?: string }> };

export default async function LookupPage({ params, searchParams }: Props) {
  const { workspace: slug } = await params;
  const q = (await searchParams).q ?? "";
  const caller = await pageCaller(`/w/${slug}/lookup`);
  await pageRead(() => getWorkspace(caller, slug));
  let results: LookupResults | null = null;
  let problem = "";
  if (q.trim()) {
    try {
      results = await findPassages(caller, slug, { q });
    } catch (error) {
      if (!isAppError(error) || error.code !== "INVALID") throw error;
      problem = Object.values(error.fieldErrors).flat().join("; ") || error.message;
    }
  }
  return (
    <main>
      <div className="page-head">
        <div>
          <h1>Citation lookup</h1>
          <p>Paste a quote or a phrase to find the passages that contain it: exact quotes first, then the same words under another name or spelling (ISKP, IS-K, داعش), then near quotes. Each passage has a permanent link and a ready citation.</p>
        </div>
      </div>
      <form method="get" className={`panel ${styles.form}`} role="search" aria-label="Look up a quote">
        <label htmlFor="lookup-q">Quote or phrase</label>
        <textarea id="lookup-q" name="q" defaultValue={q} rows={3} dir="auto" aria-describedby={problem ? "lookup-q-error" : "lookup-q-hint"} aria-invalid={problem ? true : undefined} />
        <div className={styles.formFoot}>
          <span id="lookup-q-hint" className="hint muted">Case, punctuation, diacritics and Persian/Arabic letter forms are ignored.</span>
          <button type="submit">Look up</button>
        </div>
        {problem && (
          <p id="lookup-q-error" className="field-error">
            {problem}
          </p>
        )}
      </form>
      {results && <LookupResultsList results={results} slug={slug} />}
    </main>
  );
}
