import "server-only";
import { z } from "zod";
import { recordAudit } from "../audit/record";
import { db } from "../db/client";
import { AppError } from "../errors";
import { logSecurityEvent } from "../security/security-log";
import { hashPassword } from "./password";
import { newPassword } from "./password-rules";

const operatorPasswordSchema = z.object({
  email: z.string().trim().toLowerCase().email("must be an email address"),
  password: newPassword,
});

/**
 * Sets an account's password from the server's command line (`npm run set-password`),
 * for accounts a restore created without one and for people locked out. Whoever runs
 * it already holds the database, so no current password is asked; the account's
 * existing sessions end, and the change is audited with no acting user.
 */
export async function setPasswordAsOperator(input: unknown) {
  const parsed = operatorPasswordSchema.safeParse(input);
  if (!parsed.success) throw AppError.invalid(parsed.error);
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({ where: { email }, select: { id: true, version: true } });
  if (!user) throw new AppError("NOT_FOUND", `email: no account is registered as ${email}`, { email: ["has no account"] });
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, version: user.version },
      data: { passwordHash, sessionsValidAfter: new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw AppError.conflict("The account");
    await recordAudit(tx, { workspaceId: null, userId: null, action: "user.setPassword", entityType: "User", entityId: user.id, after: { via: "cli" } });
  });
  await logSecurityEvent("password.changed", { userId: user.id, email, detail: "set by an operator from the command line" });
  return { userId: user.id, email };
}
