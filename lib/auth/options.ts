import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { isDatabaseUnavailable } from "../api/database-failures";
import { db } from "../db/client";
import { clientAddress, logSecurityEvent } from "../security/security-log";
import { verifyPassword } from "./password";
import { ABSOLUTE_TIMEOUT_MS, sessionState } from "./session-policy";
import { endAllSessions } from "./sessions";
import { checkSignInThrottle } from "./throttle";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(128),
});

export const authOptions: NextAuthOptions = {
  // The JWT outlives no session: idle and absolute limits are checked in `jwt` below.
  session: { strategy: "jwt", maxAge: ABSOLUTE_TIMEOUT_MS / 1000 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const ip = clientAddress(request?.headers);
        // The route handler refuses throttled attempts with 429 first; this holds if it is bypassed.
        if (!(await checkSignInThrottle(email, ip)).allowed) {
          await logSecurityEvent("signIn.throttled", { email, ip });
          return null;
        }
        const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
        // Verify against a fixed hash when the user is unknown, so timing does not reveal accounts.
        const ok = await verifyPassword(user?.passwordHash ?? unknownUserHash, password);
        if (!user || !ok) {
          await logSecurityEvent("signIn.failed", { email, ip, userId: user?.id });
          return null;
        }
        await logSecurityEvent("signIn.succeeded", { email, ip, userId: user.id });
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    async jwt({ token: stored, user }) {
      // The outage mark below is for this request only; it must not ride along in the cookie.
      const { databaseUnavailable: _, ...token } = stored;
      const now = Date.now();
      if (user) return { ...token, uid: user.id, signedInAt: now, activeAt: now };
      if (typeof token.uid !== "string") return token;
      if (sessionState(token, now) === "expired") return { revoked: true };
      // A session begun before the user's cutoff (sign-out, password change, "sign out everywhere") ends here.
      let current;
      try {
        current = await db.user.findUnique({ where: { id: token.uid }, select: { sessionsValidAfter: true } });
      } catch (error) {
        // next-auth treats a throw here as "signed out" and clears the cookie, so a database
        // restart would sign everyone out. Keep the session; sessionCaller answers 503 instead.
        if (isDatabaseUnavailable(error)) return { ...token, databaseUnavailable: true };
        throw error;
      }
      if (!current || (token.signedInAt as number) < current.sessionsValidAfter.getTime()) return { revoked: true };
      return token;
    },
    async session({ session, token }) {
      if (typeof token.uid === "string" && session.user) session.user.id = token.uid;
      else session.user = undefined;
      if (token.databaseUnavailable === true) session.databaseUnavailable = true;
      return session;
    },
  },
  events: {
    // Signing out ends every session of the user, so a copied cookie stops working too.
    async signOut({ token }) {
      if (typeof token?.uid === "string") await endAllSessions(token.uid, "signOut");
    },
  },
};

// argon2id hash of a random string nobody knows.
const unknownUserHash =
  "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$6l2kqOLJ8nKq3pvWIqGsxDbCfN2PHJmAPPZcUoHYjMw";
