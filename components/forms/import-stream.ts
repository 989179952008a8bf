// Client side of the import API's progress stream (Accept: application/x-ndjson):
// one JSON object per line, handed on as soon as its line is complete.

export type Status = "created" | "duplicate" | "failed";
export type FileResult = { file: string; archive?: string; status: Status; source?: { id: string; title: string }; format?: string; message: string };
export type MetadataProblem = { row: number; message: string; file?: string };

export type ImportStreamHandlers = {
  result(result: FileResult): void;
  /** A .zip was opened on the server and will give `entries` results in place of its one. */
  archive(archive: { file: string; entries: number }): void;
  problems(problems: MetadataProblem[]): void;
};

type Line =
  | { result: FileResult }
  | { archive: { file: string; entries: number } }
  | { done: { metadata?: { problems: MetadataProblem[] } } }
  | { error: { message: string } };

/** Reads the stream to its end; resolves with the message of an error line, if the import ended early. */
export async function readImportStream(response: Response, on: ImportStreamHandlers): Promise<string | undefined> {
  if (!response.body) return "the server sent no results";
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = "";
  let failure: string | undefined;
  const handle = (text: string) => {
    if (!text.trim()) return;
    const line = JSON.parse(text) as Line;
    if ("result" in line) on.result(line.result);
    else if ("archive" in line) on.archive(line.archive);
    else if ("done" in line) on.problems(line.done.metadata?.problems ?? []);
    else if ("error" in line) failure = line.error.message;
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    pending += value;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    lines.forEach(handle);
  }
  handle(pending);
  return failure;
}
