import "server-only";
import type { Caller } from "../auth/caller";
import { requireMember } from "../auth/guards";
import { db } from "../db/client";
import { AppError } from "../errors";
import { sessionChannel, sessionEventsAfter } from "./live";
import { sessionListener } from "./listener";

const HEARTBEAT_MS = 15_000;

/** Where a (re)connecting client resumes: the Last-Event-ID header, else ?after=, else now. */
export function resumePoint(request: Request): bigint | null {
  const raw = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("after");
  return raw && /^\d{1,19}$/.test(raw) ? BigInt(raw) : null;
}

/**
 * A Server-Sent Events stream of a session's events for a member of its workspace.
 * It first replays what came after `after` (so a dropped connection loses nothing),
 * then follows new events as the per-process listener hears of them. Events carry
 * who did what, never a rating value, so every member may receive all of them.
 */
export async function sessionEventStream(caller: Caller | null, workspace: string, sessionId: string, after: bigint | null, signal: AbortSignal) {
  const { workspaceId } = await requireMember(caller, workspace, "read");
  const session = await db.reviewSession.findFirst({ where: { id: sessionId, workspaceId }, select: { id: true } });
  if (!session) throw AppError.notFound("Review session");
  if (after === null) {
    const last = await db.sessionEvent.findFirst({ where: { workspaceId, sessionId }, orderBy: { id: "desc" }, select: { id: true } });
    after = last?.id ?? BigInt(0);
  }

  const encoder = new TextEncoder();
  let lastId = after;
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      // Catch-ups run one at a time so events go out once and in order.
      let pending = Promise.resolve();
      const catchUp = () => {
        pending = pending.then(async () => {
          if (closed) return;
          for (;;) {
            const events = await sessionEventsAfter(workspaceId, sessionId, lastId);
            for (const event of events) {
              lastId = event.id;
              send(`id: ${event.id}\ndata: ${JSON.stringify({ id: event.id.toString(), kind: event.kind, ...(event.payload as object), at: event.createdAt })}\n\n`);
            }
            if (events.length < 500) break;
          }
        }).catch(() => {
          // A failed read is retried at the next notification or heartbeat.
        });
      };

      send("retry: 2000\n: connected\n\n");
      const unsubscribe = await sessionListener().subscribe(sessionChannel(sessionId), catchUp);
      catchUp();
      const heartbeat = setInterval(() => {
        send(": heartbeat\n\n");
        catchUp();
      }, HEARTBEAT_MS);
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed by the runtime.
        }
      };
      signal.addEventListener("abort", cleanup, { once: true });
      if (signal.aborted) cleanup();
    },
    cancel() {
      cleanup();
    },
  });
}
