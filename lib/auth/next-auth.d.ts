import "next-auth";

declare module "next-auth" {
  interface Session {
    user?: { id: string; name?: string | null; email?: string | null };
    /** Set when the session could not be checked against the database (see authOptions.jwt). */
    databaseUnavailable?: boolean;
  }
}
