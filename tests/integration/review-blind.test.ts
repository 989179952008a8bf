// Blind means blind: before an item is revealed, nobody but the rater can read a
// session rating, whatever their role and whichever read path they use.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getClaimRoute } from "../../app/api/v1/workspaces/[workspace]/claims/[id]/route";
import { GET as getDisputeRoute } from "../../app/api/v1/workspaces/[workspace]/disputes/[id]/route";
import { GET as getRatingsRoute } from "../../app/api/v1/workspaces/[workspace]/ratings/route";
import { GET as getEventsRoute } from "../../app/api/v1/workspaces/[workspace]/sessions/[id]/events/route";
import { GET as getExportRoute } from "../../app/api/v1/workspaces/[workspace]/sessions/[id]/export/route";
import { GET as getSessionRoute } from "../../app/api/v1/workspaces/[workspace]/sessions/[id]/route";
import { GET as listSessionsRoute } from "../../app/api/v1/workspaces/[workspace]/sessions/route";
import type { Caller } from "../../lib/auth/caller";
import { getClaim } from "../../lib/claims/read-claims";
import { getDisputeBoard } from "../../lib/disputes/read-disputes";
import { ratingHistory } from "../../lib/ratings/rate";
import { listRatings } from "../../lib/ratings/read-ratings";
import { exportSession } from "../../lib/reviews/export-session";
import { getSession, listSessions } from "../../lib/reviews/read-sessions";
import { revealItem } from "../../lib/reviews/reveal";
import { rateItem } from "../../lib/reviews/rate-item";
import { callApi, tokenFor } from "../support/api";
import type { RoleKey } from "../support/factories";
import { makeReviewSession } from "../support/review-factories";

type Setup = Awaited<ReturnType<typeof makeReviewSession>>;
const raters = ["editor", "owner", "reviewer"] as const;
const marker = (who: string) => `blind-rationale-of-${who}`;

/** Reads an SSE response until `ms` pass, then aborts; returns the text received. */
async function readEvents(token: string, s: Setup, ms = 700) {
  const controller = new AbortController();
  const request = new Request(`http://localhost/api/v1/x/events?after=0`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
  const response = await getEventsRoute(request, { params: Promise.resolve({ workspace: s.ws, id: s.session.id }) });
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const stop = setTimeout(() => controller.abort(), ms);
  for (;;) {
    const chunk = await Promise.race([reader.read(), new Promise<{ done: true; value: undefined }>((resolve) => setTimeout(() => resolve({ done: true, value: undefined }), ms + 100))]);
    if (chunk.done) break;
    text += decoder.decode(chunk.value);
  }
  clearTimeout(stop);
  await reader.cancel().catch(() => {});
  return text;
}

describe("blind ratings before reveal", () => {
  let s: Setup;
  let tokens: Record<RoleKey, string>;
  const everyone: RoleKey[] = ["owner", "editor", "reviewer", "viewer"];

  beforeAll(async () => {
    s = await makeReviewSession();
    for (const who of raters) {
      await rateItem(s.callers[who], s.ws, { sessionId: s.session.id, itemId: s.claimItem.id, scale: "LIKELIHOOD", value: "almost certain", rationale: marker(who) });
      await rateItem(s.callers[who], s.ws, { sessionId: s.session.id, itemId: s.disputeItem.id, scale: "CONFIDENCE", value: "high", rationale: marker(who) });
    }
    tokens = Object.fromEntries(await Promise.all(everyone.map(async (k) => [k, await tokenFor(s.callers[k], s.ws)]))) as Record<RoleKey, string>;
  });

  const othersOf = (who: RoleKey) => raters.filter((r) => r !== who).map(marker);
  const expectNoneOf = (data: unknown, secrets: string[]) => {
    const text = JSON.stringify(data);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toContain("almost certain");
  };

  it("getSession shows each caller only their own ratings, whatever their role (facilitator and owner included)", async () => {
    for (const who of everyone) {
      const view = await getSession(s.callers[who], s.ws, s.session.id);
      expectNoneOf(view.items.map((i) => ({ ratings: i.ratings, summary: i.summary, ...(who === "viewer" ? { mine: i.mine, history: i.myHistory } : {}) })), othersOf(who));
      expect(JSON.stringify(view)).not.toMatch(new RegExp(othersOf(who).join("|")));
      for (const item of view.items) {
        expect(item.ratings).toEqual([]);
        expect(item.mine.every((r) => r.raterId === s.users[who].id)).toBe(true);
      }
      expect(view.agreement.every((a) => a.result.alpha === null)).toBe(true);
      expect(await listSessions(s.callers[who], s.ws).then(JSON.stringify)).not.toMatch(/blind-rationale/);
    }
  });

  it("the general claim, rating and dispute reads never include session ratings", async () => {
    for (const who of everyone) {
      const caller: Caller = s.callers[who];
      const claim = await getClaim(caller, s.ws, s.claim.id);
      expect(claim.ratings).toEqual([]);
      expect(await ratingHistory(caller, s.ws, { claimId: s.claim.id })).toEqual([]);
      expect(await listRatings(caller, s.ws, { claimId: s.claim.id })).toEqual([]);
      const board = await getDisputeBoard(caller, s.ws, s.dispute.id);
      expect(board.affirming[0].claim.ratings).toEqual([]);
      expect(JSON.stringify(board)).not.toMatch(/blind-rationale/);
    }
  });

  it("the API routes (session, list, export, claim, ratings, dispute board) never return them", async () => {
    for (const who of everyone) {
      const token = tokens[who];
      const session = await callApi(getSessionRoute, "GET", { token, params: { workspace: s.ws, id: s.session.id } });
      expect(session.status).toBe(200);
      expect(JSON.stringify(session.body)).not.toMatch(new RegExp(othersOf(who).join("|")));
      expect(session.body.items.every((i: { ratings: unknown[] }) => i.ratings.length === 0)).toBe(true);
      const list = await callApi(listSessionsRoute, "GET", { token, params: { workspace: s.ws } });
      const claim = await callApi(getClaimRoute, "GET", { token, params: { workspace: s.ws, id: s.claim.id } });
      const ratings = await callApi(getRatingsRoute, "GET", { token, params: { workspace: s.ws }, query: { claimId: s.claim.id } });
      const board = await callApi(getDisputeRoute, "GET", { token, params: { workspace: s.ws, id: s.dispute.id } });
      for (const result of [list, claim, ratings, board]) {
        expect(result.status).toBe(200);
        expect(JSON.stringify(result.body)).not.toMatch(/blind-rationale|almost certain/);
      }
      for (const format of ["json", "markdown"]) {
        const exported = await getExportRoute(new Request(`http://localhost/x?format=${format}`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({ workspace: s.ws, id: s.session.id }) });
        expect(exported.status).toBe(200);
        const text = await exported.text();
        expect(text).not.toMatch(/blind-rationale|almost certain/);
      }
    }
  });

  it("the live event stream says who rated, never what", async () => {
    for (const who of everyone) {
      const text = await readEvents(tokens[who], s);
      expect(text).toContain('"kind":"rating.saved"');
      expect(text).not.toMatch(/blind-rationale|almost certain|"value"|"scale"/);
    }
  });

  it("outsiders and the signed-out get nothing at all", async () => {
    await expect(getSession(s.callers.outsider, s.ws, s.session.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(exportSession(null, s.ws, s.session.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const anonymous = await getEventsRoute(new Request("http://localhost/x"), { params: Promise.resolve({ workspace: s.ws, id: s.session.id }) });
    expect(anonymous.status).toBe(401);
  });

  it("after the reveal of one item, its ratings (and only its) become visible to every member", async () => {
    await revealItem(s.callers.editor, s.ws, { sessionId: s.session.id, itemId: s.claimItem.id });
    const view = await getSession(s.callers.viewer, s.ws, s.session.id);
    const claimItem = view.items.find((i) => i.id === s.claimItem.id)!;
    const disputeItem = view.items.find((i) => i.id === s.disputeItem.id)!;
    expect(claimItem.ratings.map((r) => r.rationale).sort()).toEqual(raters.map(marker).sort());
    expect(disputeItem.ratings).toEqual([]);
    // Still never in the general reads.
    expect((await getClaim(s.callers.owner, s.ws, s.claim.id)).ratings).toEqual([]);
  });
});
