import type { Metadata } from "next";
import { pageCaller, pageRead } from "@/lib/auth/page-access";
import { formatDate } from "@/lib/dates";
import { listOrphanedExcerpts } from "@/lib/sources/correct-source";
import { getTextVersion } from "@/lib/sources/read-text-versions";
import { SourceText } from "@/components/SourceText";
import styles from "@/components/sources/corrections.module.css";
import readerStyles from "@/components/reader.module.css";

type Params = { params: Promise<{ workspace: string; id: string; n: string }> };

export const metadata: Metadata = { title: "Text version" };

/** One text a source has held, read-only, with its hash; orphans quoted from it are marked in place. */
export default async function TextVersionPage({ params }: Params) {
  const { workspace: slug, id, n } = await params;
  const caller = await pageCaller(`/w/${slug}/sources/${id}/versions/${n}`);
  const [version, orphans] = await pageRead(() => Promise.all([getTextVersion(caller, slug, id, n), listOrphanedExcerpts(caller, slug, { sourceId: id })]));
  const reader = `/w/${slug}/sources/${id}`;
  const quotedHere = orphans.filter((o) => o.textVersion === version.textVersion && o.textSha256 === version.textSha256 && version.text.slice(o.start, o.end) === o.exact);
  const labels = Object.fromEntries(quotedHere.map((o) => [o.id, "Orphaned passage: quoted from this version, not found in the current text"]));
  return (
    <main>
      <p className="breadcrumb">
        <a href={`/w/${slug}/sources`}>Sources</a> › <a href={reader}>{version.title}</a> ›
      </p>
      <div className="page-head">
        <div>
          <h1>
            Text version {version.textVersion}
            {version.current ? " (current)" : ""}
          </h1>
          <p>
            {version.current ? (
              "This is the text the reader shows now."
            ) : (
              <>
                Replaced on {formatDate(version.replacedAt, "DAY")} by version {version.textVersion + 1}
                {version.note ? <>: “{version.note}”</> : "."} Kept read-only so that citations made against it can be checked.
              </>
            )}
          </p>
          <p>
            SHA-256 <code className={styles.hash}>{version.textSha256}</code> · {version.text.length.toLocaleString("en")} characters
          </p>
          {!version.current && (
            <p>
              <a href={reader}>Read the current text (version {version.latestVersion})</a>
            </p>
          )}
        </div>
      </div>
      {quotedHere.length > 0 && (
        <p className="notice error" role="note">
          {quotedHere.length === 1 ? "1 orphaned passage is" : `${quotedHere.length} orphaned passages are`} highlighted where they were quoted: the current text no
          longer holds {quotedHere.length === 1 ? "it" : "them"}.
        </p>
      )}
      <div className={readerStyles.text} role="document" aria-label={`Text version ${version.textVersion} of “${version.title}”`}>
        <SourceText text={version.text} passages={quotedHere.map(({ id, start, end }) => ({ id, start, end }))} activeId={null} labels={labels} />
      </div>
    </main>
  );
}
