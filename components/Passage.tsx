import { formatDate } from "@/lib/dates";
import { passageHref } from "@/lib/text/pages";
import type { ClaimDetail } from "@/lib/claims/claim-detail";
import styles from "./board.module.css";
import { AnchorNote, OrphanFlag } from "./sources/AnchorNote";
import anchorStyles from "./sources/corrections.module.css";

type Excerpt = ClaimDetail["appearances"][number]["excerpt"];

/** A quoted passage, with a link to the exact place in its source. */
export function Passage({ excerpt, slug }: { excerpt: Excerpt; slug: string }) {
  const { source } = excerpt;
  const published = source.publishedAt ? formatDate(source.publishedAt, source.publishedPrecision) : null;
  // An orphan has no place in the current text; its entry in the source's list of orphans stands in.
  const href = excerpt.anchorStatus === "ORPHANED" ? `/w/${slug}/sources/${source.id}#orphan-${excerpt.id}` : passageHref(slug, source.id, excerpt.id);
  return (
    <blockquote className={`${styles.quote} ${excerpt.anchorStatus === "ORPHANED" ? anchorStyles.orphanedQuote : ""}`} cite={source.url ?? undefined}>
      <OrphanFlag excerpt={excerpt} />
      <p>{excerpt.exact}</p>
      <footer>
        — <a href={href}>{source.title}</a>
        {source.publisher && `, ${source.publisher}`}
        {published && `, ${published}`}
        <AnchorNote excerpt={excerpt} />
      </footer>
    </blockquote>
  );
}
