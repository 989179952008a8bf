// The authorization matrix: who may call every /api/v1 route handler and every
// server action. tests/integration/authz-matrix.test.ts finds all routes
// (app/api/v1/**/route.ts, by exported HTTP method) and all server actions
// (app/**/actions.ts, by export) and fails for any without a row here.
//
// A row names the permission the call needs in its workspace:
//   read · rate · edit · manage  (lib/auth/roles.ts: viewer < reviewer < editor < owner)
//   signedIn  any signed-in user, member or not (e.g. the list of one's workspaces)
//   self      the caller's own account; no workspace involved
// From that the test expects, for each role of the workspace (owner, editor,
// reviewer, viewer), allow or deny; for members of another workspace, a user in no
// workspace and a signed-out caller, deny (except signedIn/self, which allow signed-in users).
// `expect` overrides single cells; `invoke` calls a server action whose arguments
// are not the usual (workspace?, id?, state, formData); `body`/`form` give input for
// handlers that check its shape before the caller (otherwise `{}` / the world's ids).

import type { Permission } from "../../lib/auth/roles";
import type { World } from "./authz-world";

export type Need = Permission | "signedIn" | "self";
export type Cell = "owner" | "editor" | "reviewer" | "viewer" | "otherOwner" | "otherEditor" | "otherReviewer" | "otherViewer" | "nonMember" | "signedOut";
export type ActionFn = (...args: never[]) => Promise<unknown>;

export type Expectations = { need: Need; expect?: Partial<Record<Cell, "allow" | "deny">> };
/**
 * A handler that checks its input's shape before the caller's role would answer
 * every caller alike, so the row gives a body that passes those checks.
 */
export type RouteRow = Expectations & { body?: (w: World) => unknown; rawBody?: string; headers?: Record<string, string> };
export type ActionRow = Expectations & {
  /** Extra form fields, for actions that check their form before the caller. */
  form?: (w: World) => Record<string, string | Blob>;
  /** The entity id passed after the workspace, for actions bound as (workspace, id, state, data). */
  id?: (w: World) => string;
  /** For other signatures: call `fn` as the page would. */
  invoke?: (fn: ActionFn, w: World, form: FormData) => Promise<unknown>;
};

const W = "/api/v1/workspaces/[workspace]";

/** Key: "METHOD path" with the folder names of app/api/v1 as they are. */
export const routeRows: Record<string, RouteRow> = {
  "GET /api/v1/workspaces": { need: "signedIn" },
  // Any signed-in person may send a backup; lib/backup/restore-workspace.ts then requires them to own the workspace in the file.
  "POST /api/v1/workspaces/restore": { need: "signedIn" },
  [`GET ${W}`]: { need: "read" },
  [`GET ${W}/actors`]: { need: "read" },
  [`GET ${W}/backup`]: { need: "manage" },
  [`POST ${W}/actors`]: { need: "edit" },
  [`GET ${W}/claims`]: { need: "read" },
  [`POST ${W}/claims`]: { need: "edit" },
  [`GET ${W}/claims/[id]`]: { need: "read" },
  [`PATCH ${W}/claims/[id]`]: { need: "edit" },
  [`POST ${W}/claims/[id]/appearances`]: { need: "edit" },
  [`GET ${W}/claims/[id]/links`]: { need: "read" },
  [`POST ${W}/claims/[id]/links`]: { need: "edit" },
  [`DELETE ${W}/claims/[id]/links/[linkId]`]: { need: "edit" },
  [`POST ${W}/claims/[id]/tags`]: { need: "edit" },
  [`DELETE ${W}/claims/[id]/tags/[tagId]`]: { need: "edit" },
  [`GET ${W}/disputes`]: { need: "read" },
  [`POST ${W}/disputes`]: { need: "edit" },
  [`GET ${W}/disputes/[id]`]: { need: "read" },
  [`PATCH ${W}/disputes/[id]`]: { need: "edit" },
  [`GET ${W}/disputes/[id]/ach`]: { need: "read" },
  [`POST ${W}/disputes/[id]/ach/cells`]: { need: "rate", body: (w) => ({ cells: [{ hypothesisId: w.missingId, evidenceId: w.missingId, consistency: "C" }] }) },
  [`POST ${W}/disputes/[id]/ach/evidence`]: { need: "edit" },
  [`PATCH ${W}/disputes/[id]/ach/evidence/[evidenceId]`]: { need: "edit" },
  [`DELETE ${W}/disputes/[id]/ach/evidence/[evidenceId]`]: { need: "edit" },
  [`POST ${W}/disputes/[id]/ach/hypotheses`]: { need: "edit" },
  [`PATCH ${W}/disputes/[id]/ach/hypotheses/[hypothesisId]`]: { need: "edit" },
  [`DELETE ${W}/disputes/[id]/ach/hypotheses/[hypothesisId]`]: { need: "edit" },
  [`POST ${W}/disputes/[id]/claims`]: { need: "edit" },
  [`DELETE ${W}/disputes/[id]/claims/[claimId]`]: { need: "edit" },
  [`POST ${W}/derivations`]: { need: "edit" },
  [`DELETE ${W}/derivations/[id]`]: { need: "edit" },
  [`POST ${W}/evidence`]: { need: "edit" },
  [`GET ${W}/evidence/[id]`]: { need: "read" },
  [`PATCH ${W}/evidence/[id]`]: { need: "edit" },
  [`DELETE ${W}/evidence/[id]`]: { need: "edit" },
  [`POST ${W}/excerpts`]: { need: "edit" },
  [`GET ${W}/excerpts/[id]`]: { need: "read" },
  [`GET ${W}/excerpts/orphans`]: { need: "read" },
  [`POST ${W}/imports`]: {
    need: "edit",
    rawBody: '--matrix\r\nContent-Disposition: form-data; name="file"; filename="note.txt"\r\nContent-Type: text/plain\r\n\r\nA short note.\r\n--matrix--\r\n',
    headers: { "content-type": "multipart/form-data; boundary=matrix", origin: "http://localhost", host: "localhost", "sec-fetch-site": "same-origin" },
  },
  [`GET ${W}/incidents`]: { need: "read" },
  [`POST ${W}/incidents`]: { need: "edit" },
  [`GET ${W}/incidents/[id]`]: { need: "read" },
  [`PATCH ${W}/incidents/[id]`]: { need: "edit" },
  [`POST ${W}/incidents/[id]/tolls`]: { need: "edit" },
  [`GET ${W}/incidents/export.csv`]: { need: "read" },
  [`POST ${W}/incidents/import`]: { need: "edit", rawBody: "title,occurredOn\n", headers: { "content-type": "text/csv" } },
  [`GET ${W}/lookup`]: { need: "read" },
  [`GET ${W}/members`]: { need: "read" },
  [`POST ${W}/members`]: { need: "manage" },
  [`PATCH ${W}/members/[id]`]: { need: "manage", body: () => ({ version: 1, role: "VIEWER" }) },
  [`DELETE ${W}/members/[id]`]: { need: "manage" },
  [`GET ${W}/memos`]: { need: "read" },
  [`POST ${W}/memos`]: { need: "edit" },
  [`GET ${W}/memos/[id]`]: { need: "read" },
  [`PATCH ${W}/memos/[id]`]: { need: "edit", body: () => ({ version: 1 }) },
  [`GET ${W}/memos/[id]/export/[format]`]: { need: "read" },
  [`GET ${W}/passages/[id]`]: { need: "read" },
  [`GET ${W}/ratings`]: { need: "read" },
  [`POST ${W}/ratings`]: { need: "rate" },
  [`GET ${W}/sessions`]: { need: "read" },
  [`POST ${W}/sessions`]: { need: "edit" },
  [`GET ${W}/sessions/[id]`]: { need: "read" },
  [`POST ${W}/sessions/[id]/close`]: { need: "edit" },
  [`POST ${W}/sessions/[id]/dissents`]: { need: "rate" },
  [`GET ${W}/sessions/[id]/events`]: { need: "read" },
  [`GET ${W}/sessions/[id]/export`]: { need: "read" },
  [`POST ${W}/sessions/[id]/finish`]: { need: "rate" },
  [`POST ${W}/sessions/[id]/judgments`]: { need: "edit" },
  [`POST ${W}/sessions/[id]/ratings`]: { need: "rate" },
  [`POST ${W}/sessions/[id]/reveal`]: { need: "edit" },
  [`GET ${W}/search`]: { need: "read" },
  [`GET ${W}/sources`]: { need: "read" },
  [`POST ${W}/sources`]: { need: "edit" },
  [`GET ${W}/sources/[id]`]: { need: "read" },
  [`PATCH ${W}/sources/[id]`]: { need: "edit" },
  [`POST ${W}/sources/[id]/corrections`]: { need: "edit" },
  [`GET ${W}/sources/[id]/derivations`]: { need: "read" },
  [`GET ${W}/sources/[id]/excerpts`]: { need: "read" },
  [`GET ${W}/sources/[id]/versions`]: { need: "read" },
  [`GET ${W}/sources/[id]/versions/[n]`]: { need: "read" },
  [`GET ${W}/tags`]: { need: "read" },
  [`POST ${W}/tags`]: { need: "manage" },
  [`GET ${W}/tags/[id]`]: { need: "read" },
  [`PATCH ${W}/tags/[id]`]: { need: "manage", body: () => ({ version: 1 }) },
  [`DELETE ${W}/tags/[id]`]: { need: "manage" },
  [`GET ${W}/timeline`]: { need: "read" },
  [`GET ${W}/tokens`]: { need: "read" },
  [`POST ${W}/tokens`]: { need: "read" },
  [`DELETE ${W}/tokens/[id]`]: { need: "read" },
};

/** Key: "file#export", the file relative to the project root. */
export const actionRows: Record<string, ActionRow> = {
  "app/w/[workspace]/account/actions.ts#changePasswordAction": { need: "self" },
  "app/w/[workspace]/account/actions.ts#signOutEverywhereAction": { need: "self", invoke: (fn) => (fn as () => Promise<void>)() },
  "app/w/[workspace]/claims/actions.ts#createClaimAction": { need: "edit" },
  "app/w/[workspace]/claims/actions.ts#updateClaimAction": { need: "edit" },
  "app/w/[workspace]/claims/actions.ts#rateClaimAction": { need: "rate" },
  "app/w/[workspace]/disputes/[id]/ach/actions.ts#addHypothesisAction": { need: "edit", id: (w) => w.disputeId },
  "app/w/[workspace]/disputes/[id]/ach/actions.ts#updateHypothesisAction": { need: "edit", id: (w) => w.disputeId },
  "app/w/[workspace]/disputes/[id]/ach/actions.ts#addAchEvidenceAction": { need: "edit", id: (w) => w.disputeId },
  "app/w/[workspace]/disputes/[id]/ach/actions.ts#updateAchEvidenceAction": { need: "edit", id: (w) => w.disputeId },
  "app/w/[workspace]/disputes/[id]/ach/actions.ts#removeHypothesisAction": { need: "edit", id: (w) => w.disputeId },
  "app/w/[workspace]/disputes/[id]/ach/actions.ts#removeAchEvidenceAction": { need: "edit", id: (w) => w.disputeId },
  "app/w/[workspace]/disputes/[id]/ach/actions.ts#rateAchCellsAction": { need: "rate", id: (w) => w.disputeId, form: (w) => ({ [`cell:${w.missingId}:${w.missingId}`]: "C" }) },
  "app/w/[workspace]/disputes/actions.ts#createDisputeAction": { need: "edit" },
  "app/w/[workspace]/disputes/actions.ts#updateDisputeAction": { need: "edit" },
  "app/w/[workspace]/disputes/actions.ts#placeClaimAction": { need: "edit" },
  "app/w/[workspace]/incidents/[id]/actions.ts#addTollAction": { need: "edit", id: (w) => w.incidentId },
  "app/w/[workspace]/incidents/import/actions.ts#importIncidentsAction": { need: "edit", form: () => ({ file: new File(["title,occurredOn\n"], "incidents.csv", { type: "text/csv" }) }) },
  "app/w/[workspace]/incidents/new/actions.ts#createIncidentAction": { need: "edit" },
  "app/w/[workspace]/memos/actions.ts#createMemoAction": { need: "edit" },
  "app/w/[workspace]/memos/actions.ts#updateMemoAction": { need: "edit", id: (w) => w.memoId },
  "app/w/[workspace]/members/actions.ts#addMemberAction": { need: "manage" },
  "app/w/[workspace]/members/actions.ts#changeRoleAction": { need: "manage" },
  "app/w/[workspace]/members/actions.ts#removeMemberAction": { need: "manage" },
  "app/w/[workspace]/sessions/actions.ts#createSessionAction": { need: "edit" },
  "app/w/[workspace]/sessions/actions.ts#rateItemAction": {
    need: "rate",
    invoke: (fn, w, form) => (fn as (...a: unknown[]) => Promise<unknown>)(w.workspace, w.sessionId, w.missingId, ["credibility"], {}, w.state, form),
  },
  "app/w/[workspace]/sessions/actions.ts#finishAction": { need: "rate", invoke: (fn, w) => (fn as (...a: unknown[]) => Promise<unknown>)(w.workspace, w.sessionId, w.state) },
  "app/w/[workspace]/sessions/actions.ts#revealAction": { need: "edit", id: (w) => w.sessionId },
  "app/w/[workspace]/sessions/actions.ts#closeAction": { need: "edit", invoke: (fn, w) => (fn as (...a: unknown[]) => Promise<unknown>)(w.workspace, w.sessionId, w.state) },
  "app/w/[workspace]/sessions/actions.ts#judgmentAction": { need: "edit", id: (w) => w.sessionId },
  "app/w/[workspace]/sessions/actions.ts#dissentAction": { need: "rate", id: (w) => w.sessionId, form: (w) => ({ judgmentId: w.missingId, text: "I disagree" }) },
  "app/w/[workspace]/sources/[id]/actions.ts#createExcerptAction": { need: "edit", id: (w) => w.sourceId },
  "app/w/[workspace]/sources/[id]/actions.ts#updateSourceAction": { need: "edit", id: (w) => w.sourceId },
  "app/w/[workspace]/sources/[id]/actions.ts#rateSourceAction": { need: "rate", id: (w) => w.sourceId },
  "app/w/[workspace]/sources/[id]/correct/actions.ts#correctSourceAction": { need: "edit", id: (w) => w.sourceId, form: () => ({ note: "typo fixed" }) },
  "app/w/[workspace]/sources/new/actions.ts#createSourceAction": { need: "edit" },
  "app/w/[workspace]/tags/actions.ts#createTagAction": { need: "manage" },
  "app/w/[workspace]/tags/actions.ts#renameTagAction": { need: "manage" },
  "app/w/[workspace]/tags/actions.ts#deleteTagAction": { need: "manage" },
  "app/w/[workspace]/tokens/actions.ts#createTokenAction": { need: "read" },
  "app/w/[workspace]/tokens/actions.ts#revokeTokenAction": { need: "read" },
};
