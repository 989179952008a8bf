import "server-only";
import { z } from "zod";
import { recordAudit } from "../audit/record";
import { db } from "../db/client";
import { AppError } from "../errors";
import { logSecurityEvent } from "../security/security-log";
import type { Caller } from "./caller";
import { hashPassword, verifyPassword } from "./password";
import { newPassword } from "./password-rules";
import { checkSignInThrottle } from "./throttle";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "is required" }).min(1, "is required").max(128, "must be at most 128 characters"),
    newPassword,
    confirmPassword: z.string({ error: "is required" }).max(128, "must be at most 128 characters"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "does not match the new password" })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "must differ from the current password" });

/**
 * Replaces the signed-in user's password after checking the current one, and ends
 * every session they have (this one too), so a stolen session dies with the old password.
 */
export async function changePassword(caller: Caller | null, input: unknown) {
  if (!caller) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
  if (caller.tokenWorkspaceId) throw new AppError("FORBIDDEN", "An API token cannot change a password; sign in to do this");
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) throw AppError.invalid(parsed.error);
  const user = await db.user.findUnique({ where: { id: caller.userId }, omit: { passwordHash: false } });
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
  const throttle = await checkSignInThrottle(user.email, "unknown");
  if (!throttle.allowed) {
    throw new AppError("RATE_LIMITED", `Too many wrong passwords. Try again in ${throttle.retryAfterSeconds} seconds.`);
  }
  if (!(await verifyPassword(user.passwordHash, parsed.data.currentPassword))) {
    await logSecurityEvent("signIn.failed", { userId: user.id, email: user.email, detail: "wrong current password at password change" });
    throw new AppError("INVALID", "currentPassword: is not right", { currentPassword: ["is not right"] });
  }
  const passwordHash = await hashPassword(parsed.data.newPassword);
  await db.$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.user.updateMany({
      where: { id: user.id, version: user.version },
      data: { passwordHash, sessionsValidAfter: now, version: { increment: 1 } },
    });
    if (count === 0) throw AppError.conflict("Your account");
    await recordAudit(tx, { workspaceId: null, userId: user.id, action: "user.changePassword", entityType: "User", entityId: user.id });
  });
  await logSecurityEvent("password.changed", { userId: user.id, email: user.email });
}
