// The client side of the fault test: signs in through the real API and keeps a
// steady stream of writes and reads going, recording every request's outcome.

const REQUEST_TIMEOUT_MS = 20_000;

/** One HTTP request; never throws. A timeout or dropped connection is recorded as status 0. */
export async function call(baseUrl, method, path, { headers = {}, body, form } = {}) {
  const started = Date.now();
  const init = { method, headers: { ...headers }, redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) };
  if (body !== undefined) {
    init.headers["content-type"] = "application/json";
    init.body = JSON.stringify(body);
  } else if (form) {
    init.headers["content-type"] = "application/x-www-form-urlencoded";
    init.body = new URLSearchParams(form).toString();
  }
  try {
    const response = await fetch(baseUrl + path, init);
    const text = await response.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { method, path, started, ended: Date.now(), status: response.status, headers: response.headers, text, json };
  } catch (error) {
    const timedOut = error?.name === "TimeoutError";
    return { method, path, started, ended: Date.now(), status: 0, text: "", failure: timedOut ? `no answer within ${REQUEST_TIMEOUT_MS / 1000} s` : String(error?.cause?.code ?? error?.message ?? error) };
  }
}

const cookiesOf = (response) => (response.headers?.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).filter((c) => !c.endsWith("="));

/** Signs in with email and password as the browser does; returns the session cookie header. */
export async function signIn(baseUrl, email, password) {
  const csrf = await call(baseUrl, "GET", "/api/auth/csrf");
  if (csrf.status !== 200 || !csrf.json?.csrfToken) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const jar = cookiesOf(csrf);
  const signedIn = await call(baseUrl, "POST", "/api/auth/callback/credentials", {
    headers: { cookie: jar.join("; ") },
    form: { csrfToken: csrf.json.csrfToken, email, password, json: "true" },
  });
  const session = cookiesOf(signedIn).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`Signing in as ${email} gave no session (status ${signedIn.status}): ${signedIn.text.slice(0, 200)}`);
  return session;
}

/** Makes an API token while signed in (a token cannot make tokens). */
export async function createToken(baseUrl, cookie, workspace) {
  const made = await call(baseUrl, "POST", `/api/v1/workspaces/${workspace}/tokens`, { headers: { cookie }, body: { name: "resilience test" } });
  if (made.status !== 201 || !made.json?.token) throw new Error(`Creating an API token answered ${made.status}: ${made.text.slice(0, 200)}`);
  return made.json.token;
}

/**
 * Runs `workers` until stop() is called. Each worker is { name, kind, next(n) → { method, path, init, marker? } }
 * and loops: make its next request, record the outcome, pause briefly. Writes carry a unique
 * marker so the database can be checked against what was acknowledged.
 */
export function runLoad(baseUrl, workers, { pauseMs = 25 } = {}) {
  const results = [];
  let stopping = false;
  const loops = workers.map(async (worker) => {
    for (let n = 0; !stopping; n += 1) {
      const request = worker.next(n);
      const outcome = await call(baseUrl, request.method, request.path, request.init);
      results.push({ worker: worker.name, kind: worker.kind, marker: request.marker, ...outcome, headers: undefined, retryAfter: outcome.headers?.get("retry-after") ?? null });
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  });
  return {
    results,
    async stop() {
      stopping = true;
      await Promise.all(loops);
    },
  };
}

/**
 * Follows a review session's Server-Sent Events as a browser's EventSource would:
 * reconnecting with Last-Event-ID when the stream ends. Records each event and its arrival time.
 */
export function followEvents(baseUrl, path, headers) {
  const events = [];
  let lastId = null;
  let reconnects = 0;
  const controller = new AbortController();
  const loop = (async () => {
    while (!controller.signal.aborted) {
      try {
        const response = await fetch(baseUrl + path, {
          headers: { ...headers, accept: "text/event-stream", ...(lastId ? { "last-event-id": lastId } : {}) },
          signal: controller.signal,
        });
        if (response.status !== 200 || !response.body) throw new Error(`events answered ${response.status}`);
        const decoder = new TextDecoder();
        let buffer = "";
        for await (const chunk of response.body) {
          buffer += decoder.decode(chunk, { stream: true });
          let cut;
          while ((cut = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const id = /^id: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (id) lastId = id;
            if (data) events.push({ ...JSON.parse(data), receivedAt: Date.now() });
          }
        }
      } catch {
        // Dropped or refused: reconnect below, as EventSource does.
      }
      if (controller.signal.aborted) break;
      reconnects += 1;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  })();
  return {
    events,
    get reconnects() {
      return reconnects;
    },
    async stop() {
      controller.abort();
      await loop;
    },
  };
}
