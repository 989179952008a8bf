import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { env } from "../env";
import { connectionOptions } from "./session-settings";
import { statementName } from "./statement-names";

function createClient() {
  const adapter = new PrismaPg(
    { connectionString: env().DATABASE_URL, max: env().DATABASE_POOL_SIZE, options: connectionOptions },
    { statementNameGenerator: (query) => statementName(query.sql) },
  );
  // Password hashes never leave the database unless a query asks for them by name.
  // Generous waits: under load a transaction may queue for a pool connection; a
  // timeout then would turn a slow moment into a failed write.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } }, transactionOptions: { maxWait: 15_000, timeout: 30_000 } });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { counterclaimDb?: Db };

function client(): Db {
  // Kept on globalThis so development reloads reuse one pool.
  globalForDb.counterclaimDb ??= createClient();
  return globalForDb.counterclaimDb;
}

/**
 * The one Prisma client of this process, connected on first use, so that
 * importing it (as `next build` does) needs no database.
 */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
