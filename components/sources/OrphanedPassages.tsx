import type { listOrphanedExcerpts } from "@/lib/sources/correct-source";
import { shortHash } from "./anchor-words";
import styles from "./corrections.module.css";

type Orphan = Awaited<ReturnType<typeof listOrphanedExcerpts>>[number];

const stanceWords = { SUPPORTS: "evidence supporting", CONTRADICTS: "evidence contradicting", CONTEXT: "context for" } as const;

/** Passages that corrections lost: still quoted, still cited, listed until someone deals with them. */
export function OrphanedPassages({ orphans, sourceHref, workspace }: { orphans: Orphan[]; sourceHref: string; workspace: string }) {
  if (orphans.length === 0) return null;
  return (
    <section className={`panel ${styles.orphans}`} aria-labelledby="orphans-heading">
      <h2 id="orphans-heading">Orphaned passages ({orphans.length})</h2>
      <p className={styles.meta}>
        A correction removed or rewrote these quotes beyond recognition. They are kept as quoted from the version named, and every claim citing them still does.
      </p>
      <ul className={styles.orphanList}>
        {orphans.map((orphan) => {
          const cites = [
            ...orphan.appearances.map((a) => ({ key: `a-${a.claim.id}`, claim: a.claim, words: "appearance of" })),
            ...orphan.evidenceLinks.map((l) => ({ key: `e-${l.id}`, claim: l.claim, words: stanceWords[l.stance] })),
          ];
          return (
            <li key={orphan.id} id={`orphan-${orphan.id}`}>
              <blockquote>{orphan.exact.length > 400 ? `${orphan.exact.slice(0, 400)}…` : orphan.exact}</blockquote>
              <p className={styles.meta}>
                Quoted from <a href={`${sourceHref}/versions/${orphan.textVersion}#excerpt-${orphan.id}`}>version {orphan.textVersion}</a>, characters {orphan.start}–
                {orphan.end}, sha256 <code className={styles.hash} title={orphan.textSha256}>{shortHash(orphan.textSha256)}</code>
              </p>
              {cites.length === 0 ? (
                <p className={styles.meta}>Not cited by any claim.</p>
              ) : (
                <ul className={styles.claimList} aria-label="Cited by">
                  {cites.map((c) => (
                    <li key={c.key}>
                      <span className={styles.meta}>{c.words}</span> <a href={`/w/${workspace}/claims/${c.claim.id}`}>{c.claim.statement}</a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
