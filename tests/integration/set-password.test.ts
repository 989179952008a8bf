import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "../../lib/auth/password";
import { setPasswordAsOperator } from "../../lib/auth/set-password";
import { db } from "../../lib/db/client";
import { makeTeam } from "../support/factories";

const NEW_PASSWORD = "kestrel-orbit-lantern-42";

async function account(userId: string) {
  return db.user.findUniqueOrThrow({ where: { id: userId }, omit: { passwordHash: false } });
}

describe("setPasswordAsOperator", () => {
  it("replaces the password, ends existing sessions and audits the change with no acting user", async () => {
    const team = await makeTeam();
    const before = await account(team.callers.viewer.userId);
    await setPasswordAsOperator({ email: before.email.toUpperCase(), password: NEW_PASSWORD });
    const after = await account(before.id);
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(after.sessionsValidAfter.getTime()).toBeGreaterThan(before.sessionsValidAfter.getTime());
    expect(after.version).toBe(before.version + 1);
    const audit = await db.auditEvent.findMany({ where: { entityId: before.id, action: "user.setPassword" } });
    expect(audit).toMatchObject([{ userId: null, workspaceId: null, entityType: "User" }]);
  });

  it("refuses a weak password or an unknown account with a message naming the field, changing nothing", async () => {
    const team = await makeTeam();
    const before = await account(team.callers.editor.userId);
    await expect(setPasswordAsOperator({ email: before.email, password: "password1234" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { password: [expect.stringMatching(/most common/)] },
    });
    await expect(setPasswordAsOperator({ email: "nobody@test.counterclaim.test", password: NEW_PASSWORD })).rejects.toMatchObject({
      code: "NOT_FOUND",
      fieldErrors: { email: ["has no account"] },
    });
    expect(await account(before.id)).toEqual(before);
  });

  it("works from the command line with the password piped in, never on the command line", async () => {
    const team = await makeTeam();
    const { email, id } = await account(team.callers.reviewer.userId);
    const out = execFileSync(process.execPath, ["scripts/set-password.mjs", email], {
      input: `${NEW_PASSWORD}\n`,
      env: { ...process.env },
      encoding: "utf8",
    });
    expect(out).toContain(`Password set for ${email}`);
    expect(await verifyPassword((await account(id)).passwordHash, NEW_PASSWORD)).toBe(true);
  }, 60_000);
});
