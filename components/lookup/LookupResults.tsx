import type { LookupResults } from "@/lib/lookup/find-passages";
import styles from "./lookup.module.css";

type Segment = { text: string; hit: boolean };
const Marked = ({ segments }: { segments: Segment[] }) => (
  <>{segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>
);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Passages that hold the quote, best match first, each in context with its source and who cites it. */
export function LookupResultsList({ results, slug }: { results: LookupResults; slug: string }) {
  const aliases = results.terms.filter((t) => t.actor);
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">
        {results.passages.length === 0 ? "No quoted passage contains these words" : `${plural(results.passages.length, "passage")}`}
      </h2>
      {aliases.length > 0 && (
        <p className="muted">
          {aliases.map((a) => `“${a.label}” also matched as any name of ${a.actor}`).join("; ")}.
        </p>
      )}
      <ol className={styles.results}>
        {results.passages.map((p) => (
          <li key={p.excerptId} className={`panel ${styles.result}`}>
            <p className={styles.resultHead}>
              <span className={`badge ${p.rank === 3 ? "affirm" : p.rank === 2 ? "context" : ""}`}>{p.match}</span>
              {p.anchorStatus === "ORPHANED" && <span className="badge dispute">orphaned in the current text</span>}
              {p.anchorStatus === "FUZZY" && <span className="badge dispute">re-found approximately</span>}
              <a href={p.permalink} className={styles.permalink}>
                Permalink
              </a>
            </p>
            <blockquote className={styles.context} dir="auto">
              <span className={styles.around}>{p.before}</span>
              <span className={styles.passage}>
                <Marked segments={p.passage} />
              </span>
              <span className={styles.around}>{p.after}</span>
            </blockquote>
            <p className={styles.source}>
              <a href={p.sourceHref}>{p.source.title}</a>
              {p.source.publisher && ` · ${p.source.publisher}`}
              {p.source.authors.length > 0 && ` · ${p.source.authors.join(", ")}`}
              {p.source.published && ` · ${p.source.published}`}
              {` · ${p.source.language}`}
              <span className="muted"> · text v{p.textVersion}</span>
            </p>
            <CitedBy citedBy={p.citedBy} base={`/w/${slug}`} />
          </li>
        ))}
      </ol>
      {results.sources.length > 0 && (
        <section aria-labelledby="in-sources-heading" className="panel">
          <h2 id="in-sources-heading">In source texts</h2>
          <p className="muted">Where the words occur in the stored texts, quoted or not; open a source to quote a new passage.</p>
          <ul className={styles.sources}>
            {results.sources.map((s) => (
              <li key={s.id}>
                <a href={s.href}>{s.title}</a> <span className="muted">· {plural(s.occurrences, "occurrence")} · {s.match}</span>
                <p dir="auto" className={styles.snippet}>
                  <Marked segments={s.snippet} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

function CitedBy({ citedBy, base }: { citedBy: LookupResults["passages"][number]["citedBy"]; base: string }) {
  const none = !citedBy.claims.length && !citedBy.disputes.length && !citedBy.memos.length;
  if (none) return <p className={`muted ${styles.cited}`}>Not cited by any claim, dispute or memo yet.</p>;
  return (
    <dl className={styles.cited}>
      {citedBy.claims.length > 0 && (
        <>
          <dt>Claims</dt>
          <dd>{citedBy.claims.map((c) => <a key={c.id} href={`${base}/claims/${c.id}`}>{c.statement}</a>)}</dd>
        </>
      )}
      {citedBy.disputes.length > 0 && (
        <>
          <dt>Disputes</dt>
          <dd>{citedBy.disputes.map((d) => <a key={d.id} href={`${base}/disputes/${d.id}`}>{d.proposition}</a>)}</dd>
        </>
      )}
      {citedBy.memos.length > 0 && (
        <>
          <dt>Memos</dt>
          <dd>{citedBy.memos.map((m) => <a key={m.id} href={`${base}/memos/${m.id}`}>{m.title}</a>)}</dd>
        </>
      )}
    </dl>
  );
}
