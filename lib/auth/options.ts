import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "../db/client";
import { verifyPassword } from "./password";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(128),
});

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await db.user.findUnique({
          where: { email: parsed.data.email },
          omit: { passwordHash: false },
        });
        // Verify against a fixed hash when the user is unknown, so timing does not reveal accounts.
        const ok = await verifyPassword(user?.passwordHash ?? unknownUserHash, parsed.data.password);
        if (!user || !ok) return null;
        await db.auditEvent.create({
          data: { userId: user.id, action: "auth.signIn", entityType: "User", entityId: user.id },
        });
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        return token;
      }
      if (typeof token.uid !== "string") return token;
      // A session issued before the user's cutoff (sign-out everywhere, password change) ends here.
      const current = await db.user.findUnique({ where: { id: token.uid }, select: { sessionsValidAfter: true } });
      const issuedAt = typeof token.iat === "number" ? token.iat * 1000 : 0;
      if (!current || issuedAt + 1000 < current.sessionsValidAfter.getTime()) return { revoked: true };
      return token;
    },
    async session({ session, token }) {
      if (typeof token.uid === "string" && session.user) session.user.id = token.uid;
      else session.user = undefined;
      return session;
    },
  },
};

// argon2id hash of a random string nobody knows.
const unknownUserHash =
  "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$6l2kqOLJ8nKq3pvWIqGsxDbCfN2PHJmAPPZcUoHYjMw";
