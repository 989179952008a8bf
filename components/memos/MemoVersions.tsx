import { formatDate } from "@/lib/dates";

type Version = { number: number; createdAt: Date; author: string };

/** Every saved version, newest first; each opens read-only with its own exports. */
export function MemoVersions({ slug, memoId, versions, current }: { slug: string; memoId: string; versions: Version[]; current: number }) {
  return (
    <section className="panel" aria-labelledby="versions-heading">
      <h2 id="versions-heading">Version history</h2>
      <ol reversed>
        {versions.map((v) => (
          <li key={v.number}>
            {v.number === current ? (
              <strong aria-current="page">Version {v.number}</strong>
            ) : (
              <a href={`/w/${slug}/memos/${memoId}?version=${v.number}`}>Version {v.number}</a>
            )}{" "}
            <span className="muted">
              — {v.author}, {formatDate(v.createdAt, "DAY")} {v.createdAt.toISOString().slice(11, 16)} UTC
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
