import type { Segment } from "@/lib/search/highlight";
import type { SearchResults as Results } from "@/lib/search/search-workspace";
import { searchKindLabels, type SearchKindName } from "@/lib/search/schemas";
import styles from "./search.module.css";

/** Text with the matched words in <mark>. */
export function Marked({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}

function pageHref(slug: string, q: string, kind: SearchKindName, page: number) {
  const query = new URLSearchParams({ q, kinds: kind, page: String(page) });
  return `/w/${slug}/search?${query}`;
}

/** Search results grouped by kind, each group with its own count and pages. */
export function SearchResults({ results, slug, filtered }: { results: Results; slug: string; filtered: boolean }) {
  const expanded = results.terms.filter((t) => t.actor);
  return (
    <div className={styles.results}>
      {expanded.length > 0 && (
        <p className={styles.expanded}>
          {expanded.map((t) => (
            <span key={t.label}>
              “{t.label}” also searched as all names of <strong>{t.actor}</strong> ({t.alternatives.length} spellings).{" "}
            </span>
          ))}
        </p>
      )}
      {results.groups.map((group) => {
        const headingId = `results-${group.kind}`;
        const last = Math.max(1, Math.ceil(group.total / group.pageSize));
        return (
          <section key={group.kind} aria-labelledby={headingId} className={styles.group}>
            <h2 id={headingId}>
              {searchKindLabels[group.kind]} <span className={styles.count}>{group.total}{group.more ? "+" : ""}</span>
            </h2>
            {group.hits.length === 0 ? (
              <p className="empty">{group.page > 1 ? "No more results." : `No ${searchKindLabels[group.kind].toLowerCase()} match.`}</p>
            ) : (
              <ol className={styles.hits}>
                {group.hits.map((hit) => (
                  <li key={hit.id} className={styles.hit}>
                    <a href={hit.href} className={styles.title}>
                      <Marked segments={hit.title} />
                    </a>
                    {hit.snippet.length > 0 && (
                      <p className={group.kind === "excerpts" ? styles.quote : styles.snippet} dir="auto">
                        <Marked segments={hit.snippet} />
                      </p>
                    )}
                    <p className={styles.meta}>
                      <span className={`${styles.rank} ${styles[`rank${hit.rank}`]}`}>{hit.match}</span>
                      {hit.meta.map((m) => (
                        <span key={m}>{m}</span>
                      ))}
                    </p>
                  </li>
                ))}
              </ol>
            )}
            {(group.total > group.pageSize || group.page > 1) && (
              <nav aria-label={`${searchKindLabels[group.kind]} pages`} className={styles.pager}>
                {group.page > 1 && <a href={pageHref(slug, results.q, group.kind, group.page - 1)}>← Previous</a>}
                <span>
                  Page {group.page} of {last}
                </span>
                {group.page < last && <a href={pageHref(slug, results.q, group.kind, group.page + 1)}>Next →</a>}
              </nav>
            )}
          </section>
        );
      })}
      {filtered && (
        <p>
          <a href={`/w/${slug}/search?${new URLSearchParams({ q: results.q })}`}>Show all kinds</a>
        </p>
      )}
    </div>
  );
}
