"use client";

import { useRef, useState } from "react";
import styles from "../import.module.css";
import { readImportStream, type FileResult, type MetadataProblem as Problem, type Status } from "./import-stream";

// Small batches keep each request short and the progress bar honest.
const BATCH_FILES = 5;
const BATCH_BYTES = 10 * 1024 * 1024;

const isArchive = (file: File) => /\.zip$/i.test(file.name);

/** A few documents per request; each .zip in a request of its own, since it may hold hundreds. */
function batchesOf(files: File[]): File[][] {
  const batches: File[][] = files.filter(isArchive).map((archive) => [archive]);
  let batch: File[] = [];
  let bytes = 0;
  for (const file of files.filter((f) => !isArchive(f))) {
    if (batch.length && (batch.length >= BATCH_FILES || bytes + file.size > BATCH_BYTES)) {
      batches.push(batch);
      [batch, bytes] = [[], 0];
    }
    batch.push(file);
    bytes += file.size;
  }
  if (batch.length) batches.push(batch);
  return batches;
}

const labels: Record<Status, { text: string; badge: string }> = {
  created: { text: "Imported", badge: "badge affirm" },
  duplicate: { text: "Already here", badge: "badge context" },
  failed: { text: "Failed", badge: "badge dispute" },
};

/** Reads the API's error body, or says what went wrong with the request itself. */
async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // Not JSON: fall through to the status line.
  }
  return `the server answered ${response.status} ${response.statusText}`;
}

const problemKey = (p: Problem) => `${p.file ?? ""}:${p.row}:${p.message}`;

/**
 * Uploads the chosen files a few at a time to the import API, showing how many are
 * done, and lists each file's result as it arrives (a .zip's entries one by one as
 * the server unpacks them): the new source, the existing one with the same text, or
 * why it failed.
 */
export function DocumentImportForm({ workspace, maxFileBytes, maxArchiveBytes }: { workspace: string; maxFileBytes: number; maxArchiveBytes: number }) {
  const [files, setFiles] = useState<File[]>([]);
  const [metadata, setMetadata] = useState<File | null>(null);
  const [running, setRunning] = useState(false);
  const [done, setDone] = useState(0);
  const [total, setTotal] = useState(0);
  const [results, setResults] = useState<FileResult[]>([]);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [stopped, setStopped] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const megabytes = Math.round(maxFileBytes / 1024 / 1024);
  const archiveMegabytes = Math.round(maxArchiveBytes / 1024 / 1024);

  async function start(event: React.FormEvent) {
    event.preventDefault();
    if (!files.length || running) return;
    setRunning(true);
    setResults([]);
    setProblems([]);
    setStopped(null);
    setDone(0);
    setTotal(files.length);
    const limit = (f: File) => (isArchive(f) ? maxArchiveBytes : maxFileBytes);
    const tooBig = files.filter((f) => f.size > limit(f));
    const all: FileResult[] = tooBig.map((f) => ({
      file: f.name,
      status: "failed",
      message: `is ${(f.size / 1024 / 1024).toFixed(1)} MB; the largest ${isArchive(f) ? `archive accepted is ${archiveMegabytes}` : `file accepted is ${megabytes}`} MB`,
    }));
    const seenProblems = new Map<string, Problem>();
    let expected = files.length;
    const show = (result: FileResult) => {
      all.push(result);
      setResults([...all]);
      setDone(all.length);
    };
    setResults([...all]);
    setDone(all.length);
    for (const batch of batchesOf(files.filter((f) => f.size <= limit(f)))) {
      const form = new FormData();
      for (const file of batch) form.append("file", file, file.name);
      if (metadata) form.append("metadata", metadata, metadata.name);
      const before = all.length;
      const failRest = (message: string) => {
        // Files of this batch with no result yet; an archive counts as one until it is opened.
        const answered = new Set(all.slice(before).map((r) => r.archive ?? r.file));
        for (const f of batch) if (!answered.has(f.name)) show({ file: f.name, status: "failed", message });
      };
      try {
        const response = await fetch(`/api/v1/workspaces/${encodeURIComponent(workspace)}/imports`, {
          method: "POST",
          body: form,
          headers: { accept: "application/x-ndjson" },
        });
        if (!response.ok) {
          const message = await errorMessage(response);
          // A refusal of the whole request (bad metadata file, lost access) would refuse every batch alike.
          if (response.status === 400 || response.status === 401 || response.status === 403 || response.status === 404) {
            setStopped(message);
            break;
          }
          failRest(`was not imported: ${message}`);
          continue;
        }
        const ended = await readImportStream(response, {
          result: show,
          archive: ({ entries }) => {
            expected += entries - 1;
            setTotal(expected);
          },
          problems: (found) => {
            for (const problem of found) seenProblems.set(problemKey(problem), problem);
            setProblems([...seenProblems.values()]);
          },
        });
        if (ended) {
          setStopped(ended);
          break;
        }
      } catch {
        failRest("was not imported: the connection to the server failed; try it again");
      }
    }
    setRunning(false);
    summaryRef.current?.focus();
  }

  const count = (status: Status) => results.filter((r) => r.status === status).length;
  const finished = !running && (results.length > 0 || stopped);

  return (
    <div>
      <form onSubmit={start} className="panel" aria-describedby="import-limits">
        <div className="field">
          <label htmlFor="import-files">Documents</label>
          <input
            id="import-files"
            className={styles.fileInput}
            type="file"
            multiple
            accept=".txt,.text,.md,.markdown,.html,.htm,.xhtml,.pdf,.zip"
            aria-describedby="import-files-hint"
            disabled={running}
            onChange={(e) => setFiles(Array.from(e.currentTarget.files ?? []))}
          />
          <p className="hint" id="import-files-hint">
            Plain text, Markdown, HTML or PDF (with a text layer); up to {megabytes} MB each. Choose as many as you like, or a .zip of them (up to{" "}
            {archiveMegabytes} MB).
          </p>
          {files.length > 0 && <p className={styles.chosen}>{files.length === 1 ? "1 file chosen" : `${files.length} files chosen`}</p>}
        </div>
        <div className="field">
          <label htmlFor="import-metadata">Metadata file (optional)</label>
          <input
            id="import-metadata"
            className={styles.fileInput}
            type="file"
            accept=".csv,.json,text/csv,application/json"
            aria-describedby="import-metadata-hint"
            disabled={running}
            onChange={(e) => setMetadata(e.currentTarget.files?.[0] ?? null)}
          />
          <p className="hint" id="import-metadata-hint">
            A CSV or JSON file with one row per document, matched by the <code>file</code> column. A .zip may carry its own.
          </p>
        </div>
        <div className={styles.actions}>
          <button type="submit" disabled={running || files.length === 0}>
            {running ? "Importing…" : files.length > 1 ? `Import ${files.length} files` : "Import"}
          </button>
        </div>
        {total > 0 && (
          <div className={styles.progress}>
            <div className={styles.progressLabel} id="import-progress-label">
              <span role="status">{running ? `Importing: ${done} of ${total} files done` : `${done} of ${total} files done`}</span>
              <span>{Math.round((done / total) * 100)}%</span>
            </div>
            <progress max={total} value={done} aria-labelledby="import-progress-label" />
          </div>
        )}
      </form>

      {finished && (
        <div ref={summaryRef} tabIndex={-1} className={styles.summary} aria-live="polite">
          <h2>Results</h2>
          <span>
            <span className="badge affirm">{count("created")}</span> imported
          </span>
          <span>
            <span className="badge context">{count("duplicate")}</span> already in the workspace
          </span>
          <span>
            <span className="badge dispute">{count("failed")}</span> failed
          </span>
        </div>
      )}
      {stopped && (
        <p className="notice error" role="alert">
          The import stopped: {stopped}
        </p>
      )}
      {results.length > 0 && (
        <table className={`data ${styles.results}`}>
          <caption className="sr-only">One row per file</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Result</th>
              <th scope="col">Source or reason</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r, i) => (
              <tr key={`${i}-${r.file}`}>
                <td>
                  <span className={styles.fileName}>{r.file}</span>
                  {r.format && <span className={styles.format}>{r.format}</span>}
                  {r.archive && <span className={styles.archive}>in {r.archive}</span>}
                </td>
                <td>
                  <span className={labels[r.status].badge}>{labels[r.status].text}</span>
                </td>
                <td>
                  {r.source ? (
                    <>
                      <a href={`/w/${workspace}/sources/${r.source.id}`}>{r.source.title}</a>
                      {r.status === "duplicate" && <span className={styles.message}> — the same text was imported before; nothing was added</span>}
                    </>
                  ) : (
                    <span className={styles.message}>
                      {r.file} {r.message}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {problems.length > 0 && (
        <div className={`notice error ${styles.problems}`}>
          <strong>Metadata file</strong>
          <ul>
            {problems.map((p) => (
              <li key={problemKey(p)}>
                {p.file ? `${p.file}, row` : "Row"} {p.row}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
