import type { TextPage } from "@/lib/text/pages";
import styles from "../reader.module.css";

// Page links shown around the current one (the first and last are always shown).
const AROUND = 2;

/** Links to the pages of a long text: previous, numbers (gaps elided), next. */
export function ReaderPages({ href, pages, current, label }: { href: string; pages: TextPage[]; current: TextPage; label: string }) {
  if (pages.length < 2) return null;
  const link = (n: number) => `${href}?page=${n}`;
  const shown = pages.filter((p) => p.number === 1 || p.number === pages.length || Math.abs(p.number - current.number) <= AROUND);
  return (
    <nav className={styles.pages} aria-label={label}>
      {current.number > 1 ? <a href={link(current.number - 1)} rel="prev">‹ Previous page</a> : <span aria-hidden="true">‹ Previous page</span>}
      <ol>
        {shown.map((p, i) => (
          <li key={p.number}>
            {i > 0 && p.number - shown[i - 1].number > 1 && <span aria-hidden="true">… </span>}
            {p.number === current.number ? (
              <span aria-current="page">{p.number}</span>
            ) : (
              <a href={link(p.number)} aria-label={`Page ${p.number}`}>{p.number}</a>
            )}
          </li>
        ))}
      </ol>
      {current.number < pages.length ? <a href={link(current.number + 1)} rel="next">Next page ›</a> : <span aria-hidden="true">Next page ›</span>}
      <span className={styles.pageOf}>
        Page {current.number} of {pages.length}: characters {current.start.toLocaleString("en")}–{current.end.toLocaleString("en")}
      </span>
    </nav>
  );
}
