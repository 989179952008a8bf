import { formatDate } from "@/lib/dates";
import type { Source } from "@/lib/db/generated/client";
import styles from "./source.module.css";

const kindLabels: Record<string, string> = {
  ARTICLE: "Article",
  REPORT: "Report",
  STATEMENT: "Statement",
  SOCIAL_POST: "Social media post",
  TRANSCRIPT: "Transcript",
  DATASET: "Dataset",
  OTHER: "Other",
};

type Props = { source: Source };

/** The bibliographic header of a source: who published what, when, where, and which text we hold. */
export function SourceDetails({ source }: Props) {
  const host = (url: string) => {
    try {
      return new URL(url).host.replace(/^www\./, "");
    } catch {
      return url;
    }
  };
  return (
    <header className={styles.header}>
      <div className={styles.kicker}>
        <span className="badge">{kindLabels[source.kind] ?? source.kind}</span>
        <span lang="en">Language: {source.language}</span>
      </div>
      <h1>{source.title}</h1>
      <p className={styles.byline}>
        {source.publisher || <span className="muted">Publisher not recorded</span>}
        {source.authors.length > 0 && <> · {source.authors.join(", ")}</>} · {formatDate(source.publishedAt, source.publishedPrecision)}
      </p>
      <dl className={styles.facts}>
        {source.url && (
          <div>
            <dt>Original</dt>
            <dd>
              <a href={source.url} rel="noreferrer noopener" target="_blank">
                {host(source.url)}
              </a>
            </dd>
          </div>
        )}
        {source.archiveUrl && (
          <div>
            <dt>Archived copy</dt>
            <dd>
              <a href={source.archiveUrl} rel="noreferrer noopener" target="_blank">
                {host(source.archiveUrl)}
              </a>
            </dd>
          </div>
        )}
        {source.accessedAt && (
          <div>
            <dt>Accessed</dt>
            <dd>{formatDate(source.accessedAt, "DAY")}</dd>
          </div>
        )}
        <div>
          <dt>Text</dt>
          <dd>
            version {source.textVersion} · {source.text.length.toLocaleString("en")} characters
          </dd>
        </div>
        <div>
          <dt>SHA-256</dt>
          <dd>
            <code title={source.textSha256} aria-label={`SHA-256 ${source.textSha256}`}>
              {source.textSha256.slice(0, 12)}…
            </code>
          </dd>
        </div>
      </dl>
      {source.attribution && <p className={styles.attribution}>{source.attribution}</p>}
    </header>
  );
}
