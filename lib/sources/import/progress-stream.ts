import "server-only";
import { failureResponse } from "../../api/responses";
import type { ImportProgress, ImportReport } from "./import-documents";

/** The client asked for results one by one (the import page does, to show progress). */
export const wantsProgressStream = (request: Request) => /application\/x-ndjson/i.test(request.headers.get("accept") ?? "");

/**
 * Runs an import whose access and request checks have passed, answering with one JSON
 * object per line as it goes: `{"archive":{file,entries}}` when a .zip is opened,
 * `{"result":{…}}` per file or entry, then `{"done":{metadata}}`, or `{"error":{…}}` if
 * the import ends early (access lost). Work carries on if the reader goes away, as a
 * plain request would: what was stored stays stored and audited.
 */
export function importProgressStream(run: (progress: ImportProgress) => Promise<ImportReport>): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const send = (line: object) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        } catch {
          open = false;
        }
      };
      try {
        const report = await run({ result: (result) => send({ result }), archive: (archive) => send({ archive }) });
        send({ done: { ...(report.metadata ? { metadata: report.metadata } : {}) } });
      } catch (error) {
        send(await failureResponse(error).json());
      }
      try {
        if (open) controller.close();
      } catch {
        // Cancelled by the reader between the last line and here.
      }
    },
    cancel() {
      // The page was closed: nothing to undo, each file was its own transaction.
    },
  });
  return new Response(body, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" } });
}
