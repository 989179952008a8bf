// A plain Node HTTP server that serves the app's real session route handlers (the
// same modules Next serves), so a test can run two of them as separate processes
// against one database without building Next. Bearer tokens only.
// Run: node --conditions=react-server --import tsx tests/support/live-server.ts <port>
import { createServer } from "node:http";
import { Readable } from "node:stream";
import { GET as events } from "../../app/api/v1/workspaces/[workspace]/sessions/[id]/events/route";
import { POST as judgments } from "../../app/api/v1/workspaces/[workspace]/sessions/[id]/judgments/route";
import { POST as ratings } from "../../app/api/v1/workspaces/[workspace]/sessions/[id]/ratings/route";
import { POST as reveal } from "../../app/api/v1/workspaces/[workspace]/sessions/[id]/reveal/route";

type Handler = (request: Request, context: { params: Promise<{ workspace: string; id: string }> }) => Promise<Response>;
const routes: Record<string, Handler> = { "GET events": events, "POST ratings": ratings, "POST reveal": reveal, "POST judgments": judgments };

const port = Number(process.argv[2]);
const server = createServer(async (req, res) => {
  const match = /^\/api\/v1\/workspaces\/([^/]+)\/sessions\/([^/]+)\/(\w+)/.exec(req.url ?? "");
  const handler = match && routes[`${req.method} ${match[3]}`];
  if (!match || !handler) {
    res.writeHead(404).end();
    return;
  }
  const controller = new AbortController();
  res.on("close", () => controller.abort());
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(key, value);
  const body = req.method === "GET" ? undefined : Buffer.concat(await req.toArray());
  const request = new Request(`http://127.0.0.1:${port}${req.url}`, { method: req.method, headers, body, signal: controller.signal });
  const response = await handler(request, { params: Promise.resolve({ workspace: match[1], id: match[2] }) });
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (!response.body) return void res.end();
  res.flushHeaders();
  Readable.fromWeb(response.body as import("node:stream/web").ReadableStream).on("error", () => res.end()).pipe(res);
});
server.listen(port, "127.0.0.1", () => console.log(`live-server ready on ${port}`));
