import { orphanWarning, scoreText, type AnchorState } from "./anchor-words";
import styles from "./corrections.module.css";

/**
 * The citation-line words for where a quote stands in its source's text: which
 * text version it quotes, and whether a correction moved it, matched it only
 * approximately, or lost it. Extends a citation line; renders inline.
 */
export function AnchorNote({ excerpt }: { excerpt: AnchorState }) {
  return (
    <>
      {" · "}
      <span className={styles.version} title={`Quoted from text version ${excerpt.textVersion}, SHA-256 ${excerpt.textSha256}`}>
        text v{excerpt.textVersion}
      </span>
      {excerpt.anchorStatus === "FUZZY" && (
        <>
          {" · "}
          <span className={styles.fuzzy} title="After a correction this passage was found again only approximately: check the quote.">
            fuzzy-matched ({scoreText(excerpt.anchorScore)})
          </span>
        </>
      )}
      {excerpt.anchorStatus === "MOVED" && <span className={styles.moved}> · moved by a correction</span>}
    </>
  );
}

/** The flag above an orphaned quote: the quote is kept and still shown, but the text no longer holds it. */
export function OrphanFlag({ excerpt }: { excerpt: AnchorState }) {
  if (excerpt.anchorStatus !== "ORPHANED") return null;
  return (
    <p className={styles.orphanFlag} role="note">
      {orphanWarning(excerpt)}
    </p>
  );
}
