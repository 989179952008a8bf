import type { JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { changePassword } from "../../lib/auth/change-password";
import { createUser } from "../../lib/auth/create-user";
import { authOptions } from "../../lib/auth/options";
import { verifyPassword } from "../../lib/auth/password";
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS } from "../../lib/auth/session-policy";
import { endAllSessions, signOutEverywhere } from "../../lib/auth/sessions";
import { refuseThrottledSignIn } from "../../lib/auth/sign-in-route";
import { MAX_FAILURES } from "../../lib/auth/throttle";
import { createClaim } from "../../lib/claims/write-claims";
import { db } from "../../lib/db/client";
import { AppError } from "../../lib/errors";
import { TEST_PASSWORD, makeTeam, makeUser, uniqueSuffix } from "../support/factories";

type Authorize = (credentials: Record<string, string>, request: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
const jwt = authOptions.callbacks!.jwt! as (params: { token: JWT; user?: { id: string } }) => Promise<JWT>;

const signInRequest = (email: string, ip: string) =>
  new Request("http://localhost/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
    body: new URLSearchParams({ email, password: "wrong password!", csrfToken: "x" }),
  });

async function expectInvalid(run: Promise<unknown>, field: string, message: RegExp) {
  const error = await run.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("INVALID");
  expect((error as AppError).fieldErrors[field]?.join(" ")).toMatch(message);
}

const securityEvents = (where: Record<string, string>) => db.securityEvent.findMany({ where, orderBy: { id: "asc" } });

describe("passwords", () => {
  it("must be 12 to 128 characters and not one of the most common passwords", async () => {
    const email = () => `pw-${uniqueSuffix()}@test.counterclaim.test`;
    await expectInvalid(createUser({ email: email(), name: "A", password: "elevenchars" }), "password", /at least 12/);
    await expectInvalid(createUser({ email: email(), name: "A", password: "x".repeat(129) }), "password", /at most 128/);
    await expectInvalid(createUser({ email: email(), name: "A", password: "qwerty123456" }), "password", /most common/);
    await expectInvalid(createUser({ email: email(), name: "A", password: "Password1234!" }), "password", /most common/);
    await expectInvalid(createUser({ email: email(), name: "A", password: " ".repeat(12) }), "password", /only spaces/);
    const ok = await createUser({ email: email(), name: "A", password: "🦜 parrots hold 128 opinions" });
    expect(ok.id).toBeTruthy();
  });
});

describe("sign-in throttle", () => {
  it("answers 429 with Retry-After after 10 failures a minute for one account, from any address", async () => {
    const user = await makeUser("throttled");
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect(await authorize({ email: user.email, password: "not the password" }, { headers: { "x-forwarded-for": `10.1.0.${i}` } })).toBeNull();
    }
    const refused = await refuseThrottledSignIn(signInRequest(user.email, "10.9.9.9"));
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(refused?.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    const body = await refused!.json();
    expect(body.error.code).toBe("RATE_LIMITED");
    expect(new URL(body.url).searchParams.get("error")).toBe("RateLimited"); // next-auth's client reads this

    // Even the right password is refused while throttled, and that is logged.
    expect(await authorize({ email: user.email, password: TEST_PASSWORD }, { headers: { "x-forwarded-for": "10.9.9.9" } })).toBeNull();
    const kinds = (await securityEvents({ email: user.email })).map((e) => e.kind);
    expect(kinds.filter((k) => k === "signIn.failed")).toHaveLength(MAX_FAILURES);
    expect(kinds).toContain("signIn.throttled");
    expect(kinds).not.toContain("signIn.succeeded");
  });

  it("throttles one address trying many accounts, and lets others through", async () => {
    const ip = `10.2.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < MAX_FAILURES; i++) {
      await authorize({ email: `nobody-${uniqueSuffix()}@test.counterclaim.test`, password: "guess guess guess" }, { headers: { "x-forwarded-for": ip } });
    }
    expect((await refuseThrottledSignIn(signInRequest(`someone-${uniqueSuffix()}@test.counterclaim.test`, ip)))?.status).toBe(429);
    const user = await makeUser("elsewhere");
    expect(await refuseThrottledSignIn(signInRequest(user.email, "10.3.0.1"))).toBeNull();
    expect(await authorize({ email: user.email, password: TEST_PASSWORD }, { headers: { "x-forwarded-for": "10.3.0.1" } })).toMatchObject({ id: user.id });
    expect((await securityEvents({ userId: user.id, kind: "signIn.succeeded" })).length).toBe(1);
  });

  it("keeps the security log append-only in the database", async () => {
    const [row] = await db.securityEvent.findMany({ take: 1 });
    await expect(db.$executeRawUnsafe(`UPDATE "SecurityEvent" SET kind = 'x' WHERE id = ${row.id}`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "SecurityEvent" WHERE id = ${row.id}`)).rejects.toThrow(/append-only/);
  });
});

describe("sessions", () => {
  const signedIn = async (userId: string) => jwt({ token: {}, user: { id: userId } });

  it("carry sign-in and activity times, and end after 30 idle minutes or 12 hours", async () => {
    const user = await makeUser();
    const token = await signedIn(user.id);
    expect(token).toMatchObject({ uid: user.id, signedInAt: expect.any(Number), activeAt: expect.any(Number) });
    expect((await jwt({ token })).uid).toBe(user.id);
    const now = Date.now();
    expect((await jwt({ token: { ...token, activeAt: now - IDLE_TIMEOUT_MS - 1 } })).uid).toBeUndefined();
    expect((await jwt({ token: { ...token, signedInAt: now - ABSOLUTE_TIMEOUT_MS - 1, activeAt: now } })).uid).toBeUndefined();
    // A token from before these times existed is not honoured.
    expect((await jwt({ token: { uid: user.id } })).uid).toBeUndefined();
  });

  it("end when the user signs out, signs out everywhere, or changes the password", async () => {
    const user = await makeUser();
    for (const end of [
      () => endAllSessions(user.id, "signOut"),
      () => signOutEverywhere(user.caller),
      () => changePassword(user.caller, { currentPassword: TEST_PASSWORD, newPassword: "a new passphrase", confirmPassword: "a new passphrase" }),
    ]) {
      const token = await signedIn(user.id);
      await new Promise((r) => setTimeout(r, 5));
      await end();
      expect((await jwt({ token })).uid, "the earlier session has ended").toBeUndefined();
      await new Promise((r) => setTimeout(r, 5));
      expect((await jwt({ token: await signedIn(user.id) })).uid, "a new sign-in works").toBe(user.id);
    }
    expect((await securityEvents({ userId: user.id, kind: "sessions.ended" })).length).toBe(2);
    expect((await securityEvents({ userId: user.id, kind: "password.changed" })).length).toBe(1);
  });

  it("change the password only with the current one, to an acceptable new one, ending every session", async () => {
    const user = await makeUser();
    const before = await signedIn(user.id);
    const change = (input: Record<string, string>) => changePassword(user.caller, input);
    const fresh = `a brand new passphrase ${uniqueSuffix()}`;
    await expectInvalid(change({ currentPassword: "wrong!", newPassword: fresh, confirmPassword: fresh }), "currentPassword", /not right/);
    await expectInvalid(change({ currentPassword: TEST_PASSWORD, newPassword: "qwertyuiop123", confirmPassword: "qwertyuiop123" }), "newPassword", /common/);
    await expectInvalid(change({ currentPassword: TEST_PASSWORD, newPassword: fresh, confirmPassword: `${fresh}x` }), "confirmPassword", /does not match/);
    await expectInvalid(change({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD, confirmPassword: TEST_PASSWORD }), "newPassword", /differ/);
    expect((await jwt({ token: before })).uid, "refused changes end nothing").toBe(user.id);

    await new Promise((r) => setTimeout(r, 5));
    await change({ currentPassword: TEST_PASSWORD, newPassword: fresh, confirmPassword: fresh });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(await verifyPassword(stored.passwordHash, fresh)).toBe(true);
    expect(await verifyPassword(stored.passwordHash, TEST_PASSWORD)).toBe(false);
    expect((await jwt({ token: before })).uid).toBeUndefined();
    const audit = await db.auditEvent.findMany({ where: { entityId: user.id, action: "user.changePassword" } });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify([audit[0].before, audit[0].after])).not.toContain(fresh);
    await expect(changePassword({ userId: user.id, tokenWorkspaceId: "w" }, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(changePassword(null, {})).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("of a removed member lose the workspace at once (membership is checked on every request)", async () => {
    const team = await makeTeam();
    const input = { statement: "Still here?", kind: "STATEMENT" };
    await createClaim(team.callers.editor, team.workspace.id, input);
    const { removeMember } = await import("../../lib/workspaces/members");
    const membership = await db.membership.findFirstOrThrow({ where: { workspaceId: team.workspace.id, userId: team.users.editor.id } });
    await removeMember(team.callers.owner, team.workspace.id, { membershipId: membership.id, version: membership.version });
    await expect(createClaim(team.callers.editor, team.workspace.id, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("denied access", () => {
  it("is logged with who, where and why", async () => {
    const team = await makeTeam();
    const input = { statement: "Denied", kind: "STATEMENT" };
    await expect(createClaim(team.callers.viewer, team.workspace.id, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createClaim(team.callers.outsider, team.workspace.id, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createClaim(null, team.workspace.id, input)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const denied = await securityEvents({ workspace: team.workspace.id, kind: "access.denied" });
    expect(denied.map((e) => [e.userId, e.detail])).toEqual([
      [team.users.viewer.id, "edit: role VIEWER"],
      [team.users.outsider.id, "edit: not a member"],
      [null, "edit: signed out"],
    ]);
  });
});
