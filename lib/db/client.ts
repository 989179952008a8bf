import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { env } from "../env";
import { connectionOptions, lookupConnectionOptions } from "./session-settings";
import { statementName } from "./statement-names";

function createClient(options: string) {
  const adapter = new PrismaPg(
    { connectionString: env().DATABASE_URL, max: env().DATABASE_POOL_SIZE, options },
    { statementNameGenerator: (query) => statementName(query.sql) },
  );
  // Password hashes never leave the database unless a query asks for them by name.
  // Generous waits: under load a transaction may queue for a pool connection; a
  // timeout then would turn a slow moment into a failed write.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } }, transactionOptions: { maxWait: 15_000, timeout: 30_000 } });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

type Clients = { counterclaimDb?: Db; counterclaimLookupDb?: Db };
const globalForDb = globalThis as unknown as Clients;

/**
 * A client connected on first use, so that importing it (as `next build` does)
 * needs no database; kept on globalThis so development reloads reuse its pool.
 */
function lazyClient(key: keyof Clients, options: string): Db {
  return new Proxy({} as Db, {
    get(_target, property) {
      const real = (globalForDb[key] ??= createClient(options));
      const value = Reflect.get(real, property);
      return typeof value === "function" ? value.bind(real) : value;
    },
  });
}

/** The app's Prisma client. */
export const db: Db = lazyClient("counterclaimDb", connectionOptions);

/**
 * A second client, with connections of its own, for the citation lookup's shingle
 * statements and alias read only: they run with generic plans (session-settings.ts
 * lookupConnectionOptions).
 */
export const lookupDb: Db = lazyClient("counterclaimLookupDb", lookupConnectionOptions);

/** Closes the pools of whichever clients were opened (a process that ends on its own, e.g. a test file). */
export async function disconnectAll(): Promise<void> {
  await Promise.all([globalForDb.counterclaimDb, globalForDb.counterclaimLookupDb].map((client) => client?.$disconnect()));
}
