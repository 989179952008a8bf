import { formatDate } from "@/lib/dates";
import type { ClaimDetail } from "@/lib/claims/claim-detail";
import styles from "./board.module.css";

type Excerpt = ClaimDetail["appearances"][number]["excerpt"];

/** A quoted passage, with a link to the exact place in its source. */
export function Passage({ excerpt, slug }: { excerpt: Excerpt; slug: string }) {
  const { source } = excerpt;
  const published = source.publishedAt ? formatDate(source.publishedAt, source.publishedPrecision) : null;
  return (
    <blockquote className={styles.quote} cite={source.url ?? undefined}>
      <p>{excerpt.exact}</p>
      <footer>
        — <a href={`/w/${slug}/sources/${source.id}#excerpt-${excerpt.id}`}>{source.title}</a>
        {source.publisher && `, ${source.publisher}`}
        {published && `, ${published}`}
        {excerpt.anchorStatus === "ORPHANED" && <span className={styles.orphan}> · passage no longer found in the source text</span>}
      </footer>
    </blockquote>
  );
}
