import type { Metadata } from "next";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { citePassage } from "@/lib/citations/cite-passage";
import { formatDate } from "@/lib/dates";
import { passageHref } from "@/lib/text/pages";
import { CiteThis } from "@/components/lookup/CiteThis";
import styles from "@/components/lookup/lookup.module.css";

export const metadata: Metadata = { title: "Passage" };

type Props = { params: Promise<{ workspace: string; excerptId: string }>; searchParams: Promise<{ style?: string }> };

// Characters of the source shown around the passage.
const WINDOW = 900;

/** Where the passage stands in the current text, or null for an orphan (its quote stands alone). */
function around(text: string, excerpt: { start: number; end: number; exact: string; anchorStatus: string }) {
  if (excerpt.anchorStatus === "ORPHANED" || text.slice(excerpt.start, excerpt.end) !== excerpt.exact) return null;
  // Whole paragraphs, about WINDOW characters either side.
  const from = excerpt.start <= WINDOW ? 0 : text.lastIndexOf("\n", excerpt.start - WINDOW) + 1;
  const next = text.indexOf("\n", Math.min(text.length, excerpt.end + WINDOW));
  const to = next < 0 ? text.length : next;
  return { cutBefore: from > 0, before: text.slice(from, excerpt.start), after: text.slice(excerpt.end, to), cutAfter: to < text.length };
}

/**
 * The permanent link of a passage: its source opened at the passage, highlighted,
 * with "cite this" in the chosen style (?style=apa).
 */
export default async function PassagePage({ params, searchParams }: Props) {
  const { workspace: slug, excerptId } = await params;
  const { style } = await searchParams;
  const caller = await pageCaller(`/w/${slug}/passages/${excerptId}`);
  const { excerpt, source, style: chosen, cite } = await pageRead(() => citePassage(caller, slug, excerptId, style));
  const context = around(source.text, excerpt);
  const readerHref = excerpt.anchorStatus === "ORPHANED" ? `/w/${slug}/sources/${source.id}#orphan-${excerpt.id}` : passageHref(slug, source.id, excerpt.id);
  return (
    <main>
      <div className="page-head">
        <div>
          <p className="breadcrumb">
            <a href={`/w/${slug}/lookup`}>Lookup</a> › Passage
          </p>
          <h1>{source.title}</h1>
          <p>
            {[source.publisher, source.authors.join(", "), source.publishedAt ? formatDate(source.publishedAt, source.publishedPrecision) : null].filter(Boolean).join(" · ")}
            {source.url && (
              <>
                {" · "}
                <a href={source.url} rel="noreferrer">
                  original
                </a>
              </>
            )}
            {source.archiveUrl && (
              <>
                {" · "}
                <a href={source.archiveUrl} rel="noreferrer">
                  archived copy
                </a>
              </>
            )}
          </p>
        </div>
        <a className="button secondary" href={readerHref}>
          Open in the source reader
        </a>
      </div>
      <div className={styles.citeGrid}>
        <section className="panel" aria-labelledby="passage-heading">
          <h2 id="passage-heading">The passage in its text</h2>
          {context ? (
            <div className={styles.readerText} dir="auto" role="document" aria-label={`Text of ${source.title} around the passage`}>
              {context.cutBefore && "… "}
              {context.before}
              <mark id="passage" aria-label="Cited passage">
                {excerpt.exact}
              </mark>
              {context.after}
              {context.cutAfter && " …"}
            </div>
          ) : (
            <>
              <p className="notice error" role="note">
                This passage was not found in the source&apos;s current text (v{source.textVersion}); it is quoted as it was in v{excerpt.textVersion}.
              </p>
              <blockquote className="quote" dir="auto">
                <mark id="passage">{excerpt.exact}</mark>
              </blockquote>
            </>
          )}
          <p className="muted">
            Characters {excerpt.start}–{excerpt.end} of text v{excerpt.textVersion} · sha256 <span className="mono">{excerpt.textSha256.slice(0, 16)}…</span>
          </p>
        </section>
        <CiteThis styleId={chosen.id} cite={cite} />
      </div>
    </main>
  );
}
