import "server-only";
import { z } from "zod";
import { recordAudit } from "../audit/record";
import { db } from "../db/client";
import { AppError } from "../errors";
import { hashPassword } from "./password";
import { newPassword } from "./password-rules";

export const newUserSchema = z.object({
  email: z.string().trim().toLowerCase().email("must be an email address"),
  name: z.string().trim().min(1, "is required").max(200),
  password: newPassword,
});

/** Registers a user (no workspace yet). */
export async function createUser(input: unknown) {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) throw AppError.invalid(parsed.error);
  const passwordHash = await hashPassword(parsed.data.password);
  return db.$transaction(async (tx) => {
    const taken = await tx.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
    if (taken) throw new AppError("INVALID", "email: already registered", { email: ["already registered"] });
    const user = await tx.user.create({ data: { email: parsed.data.email, name: parsed.data.name, passwordHash } });
    await recordAudit(tx, { workspaceId: null, userId: user.id, action: "user.create", entityType: "User", entityId: user.id, after: { email: user.email, name: user.name } });
    return user;
  });
}
