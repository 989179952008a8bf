import { rawRouteCaller } from "@/lib/api/raw-caller";
import { failureResponse } from "@/lib/api/responses";
import { resumePoint, sessionEventStream } from "@/lib/reviews/event-stream";

type Params = { workspace: string; id: string };

export const dynamic = "force-dynamic";

/**
 * Server-Sent Events for a session. Resumes after `Last-Event-ID` (sent by
 * EventSource on reconnect) or `?after=`; heartbeats every 15 s.
 */
export async function GET(request: Request, context: { params: Promise<Params> }) {
  try {
    const caller = await rawRouteCaller(request);
    const { workspace, id } = await context.params;
    const stream = await sessionEventStream(caller, workspace, id, resumePoint(request), request.signal);
    return new Response(stream, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        // no-transform keeps compression (and proxies) from buffering the stream.
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      },
    });
  } catch (error) {
    return failureResponse(error);
  }
}
