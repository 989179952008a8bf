import { formatDate } from "@/lib/dates";
import type { TextVersion } from "@/lib/sources/read-text-versions";
import { shortHash } from "./anchor-words";
import styles from "./corrections.module.css";

type Props = { versions: TextVersion[]; sourceHref: string; canCorrect: boolean };

/** The texts a source has held, each with its hash and the correction that made it. */
export function TextVersions({ versions, sourceHref, canCorrect }: Props) {
  return (
    <section className="panel" aria-labelledby="versions-heading">
      <h2 id="versions-heading">Versions of the text</h2>
      <table className={styles.versions}>
        <caption className="sr-only">Each version of the text, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">From</th>
            <th scope="col">SHA-256</th>
            <th scope="col">Correction</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.textVersion}>
              <th scope="row">
                <a href={`${sourceHref}/versions/${v.textVersion}`} aria-label={`Read text version ${v.textVersion}${v.current ? " (current)" : ""}`}>
                  v{v.textVersion}
                </a>
                {v.current && <span className="badge">current</span>}
              </th>
              <td>{formatDate(v.since, "DAY")}</td>
              <td>
                <code title={v.textSha256}>{shortHash(v.textSha256)}</code>
              </td>
              <td>{v.textVersion === 1 ? <span className="muted">as imported</span> : v.correctionNote || <span className="muted">no note</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {canCorrect && (
        <p className={styles.meta}>
          Found a transcription error? <a href={`${sourceHref}/correct`}>Correct the text</a>: this version is kept and every quoted passage is re-anchored.
        </p>
      )}
    </section>
  );
}
