// Live updates cross processes: two server processes (each with its own listener
// connection) share one database; a write through one shows up on an event stream
// opened on the other, a reconnect with Last-Event-ID replays what was missed, and a
// dropped listener connection recovers by itself.
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { tokenFor } from "../support/api";
import { makeReviewSession } from "../support/review-factories";

type Setup = Awaited<ReturnType<typeof makeReviewSession>>;
type LiveEvent = { id: string; kind: string; [key: string]: unknown };

const ports = [3305, 3306];
const servers: ChildProcess[] = [];

function startServer(port: number) {
  return new Promise<ChildProcess>((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/support/live-server.ts", String(port)], {
      env: { ...process.env, DATABASE_POOL_SIZE: "3" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const timer = setTimeout(() => reject(new Error(`server on ${port} did not start`)), 60_000);
    let errors = "";
    child.stderr!.on("data", (chunk) => (errors += chunk));
    child.stdout!.on("data", (chunk) => {
      if (String(chunk).includes("ready")) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on("exit", (code) => reject(new Error(`server on ${port} exited ${code}: ${errors}`)));
  });
}

/** Opens an SSE stream and collects its events; `next` waits for one matching. */
async function openStream(port: number, s: Setup, token: string, resume: { after?: string; lastEventId?: string }) {
  const controller = new AbortController();
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (resume.lastEventId) headers["last-event-id"] = resume.lastEventId;
  const query = resume.after ? `?after=${resume.after}` : "";
  const response = await fetch(`http://127.0.0.1:${port}/api/v1/workspaces/${s.ws}/sessions/${s.session.id}/events${query}`, { headers, signal: controller.signal });
  expect(response.status).toBe(200);
  const received: LiveEvent[] = [];
  const waiters: { test: (e: LiveEvent) => boolean; resolve: (e: LiveEvent) => void }[] = [];
  let buffer = "";
  (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split("\n").find((line) => line.startsWith("data: "));
          if (!data) continue;
          const event = JSON.parse(data.slice(6)) as LiveEvent;
          received.push(event);
          for (const w of [...waiters]) if (w.test(event)) (waiters.splice(waiters.indexOf(w), 1), w.resolve(event));
        }
      }
    } catch {
      // Aborted by the test.
    }
  })();
  const next = (test: (e: LiveEvent) => boolean, ms = 10_000) => {
    const seen = received.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise<LiveEvent>((resolve, reject) => {
      waiters.push({ test, resolve });
      setTimeout(() => reject(new Error(`no matching event within ${ms} ms; got ${received.map((e) => e.kind).join(", ")}`)), ms);
    });
  };
  return { received, next, close: () => controller.abort() };
}

const post = (port: number, s: Setup, token: string, action: string, body: unknown) =>
  fetch(`http://127.0.0.1:${port}/api/v1/workspaces/${s.ws}/sessions/${s.session.id}/${action}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("live session events across two server processes", () => {
  let s: Setup;
  let tokens: { editor: string; owner: string; reviewer: string; viewer: string };

  beforeAll(async () => {
    s = await makeReviewSession();
    tokens = { editor: await tokenFor(s.callers.editor, s.ws), owner: await tokenFor(s.callers.owner, s.ws), reviewer: await tokenFor(s.callers.reviewer, s.ws), viewer: await tokenFor(s.callers.viewer, s.ws) };
    servers.push(...(await Promise.all(ports.map(startServer))));
  }, 120_000);

  afterAll(() => {
    for (const server of servers) server.kill("SIGTERM");
  });

  it("a write through process A reaches a stream opened on process B, without rating values", async () => {
    const [a, b] = ports;
    const stream = await openStream(b, s, tokens.viewer, {});
    const rated = await post(a, s, tokens.owner, "ratings", { itemId: s.claimItem.id, scale: "LIKELIHOOD", value: "almost certain", rationale: "live-secret" });
    expect(rated.status).toBe(200);
    const event = await stream.next((e) => e.kind === "rating.saved");
    expect(event).toMatchObject({ userId: s.users.owner.id, itemId: s.claimItem.id });
    expect(JSON.stringify(stream.received)).not.toMatch(/almost certain|live-secret/);

    expect((await post(a, s, tokens.editor, "reveal", { itemId: s.claimItem.id })).status).toBe(200);
    await stream.next((e) => e.kind === "item.revealed" && e.itemId === s.claimItem.id);
    stream.close();
  }, 60_000);

  it("a reconnect with Last-Event-ID (on either process) replays what was missed, in order", async () => {
    const [a, b] = ports;
    const first = await openStream(b, s, tokens.reviewer, {});
    await post(a, s, tokens.editor, "reveal", {});
    const lastSeen = await first.next((e) => e.kind === "item.revealed" && e.itemId === s.disputeItem.id);
    first.close();

    // While disconnected: a judgment (which also moves the phase to DECIDE).
    const judged = await post(a, s, tokens.editor, "judgments", { itemId: s.disputeItem.id, statement: "Not defeated.", likelihood: "likely", confidence: "moderate", rationale: "r", whatWouldChange: "w" });
    expect(judged.status).toBe(200);

    for (const port of [b, a]) {
      const resumed = await openStream(port, s, tokens.reviewer, { lastEventId: lastSeen.id });
      await resumed.next((e) => e.kind === "judgment.recorded");
      expect(resumed.received.map((e) => e.kind)).toEqual(["phase.changed", "judgment.recorded"]);
      expect(resumed.received.every((e) => BigInt(e.id) > BigInt(lastSeen.id))).toBe(true);
      resumed.close();
    }
  }, 60_000);

  it("recovers when the database drops a process's listener connection", async () => {
    const [a, b] = ports;
    const stream = await openStream(b, s, tokens.viewer, {});
    await new Promise((resolve) => setTimeout(resolve, 300));
    const killed = await db.$queryRaw<{ n: number }[]>`SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE application_name = 'counterclaim-session-listener' AND datname = current_database()`;
    expect(killed[0].n).toBeGreaterThanOrEqual(1);
    const judged = await post(a, s, tokens.editor, "judgments", { itemId: s.claimItem.id, statement: "Claim stands.", likelihood: "unlikely", confidence: "low", rationale: "r", whatWouldChange: "w" });
    expect(judged.status).toBe(200);
    await stream.next((e) => e.kind === "judgment.recorded" && e.itemId === s.claimItem.id, 15_000);
    stream.close();
  }, 60_000);
});
