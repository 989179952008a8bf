// Runs lib/ functions in this process on a Prisma client that records every SQL
// statement it sends, so the same statements can be replayed through `pg` alone:
// the difference is what Prisma adds. Installed as the process's clients, the app's
// and the lookup's (lib/db/client.ts keeps them on globalThis and creates its own only
// when absent).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../lib/db/generated/client";
import { connectionOptions, lookupConnectionOptions } from "../../lib/db/session-settings";
import { statementName } from "../../lib/db/statement-names";

/** A statement as sent, and whether through the lookup's own client (lib/db/client.ts lookupDb). */
export type Statement = { sql: string; params: unknown[]; lookup?: boolean };

export function installCapturingClient(url: string) {
  // As lib/db/client.ts: the app's client and the lookup's own, both recording into one list.
  const capturing = (options: string) =>
    new PrismaClient({
      // As lib/db/client.ts: the lookup's statements are kept prepared.
      adapter: new PrismaPg({ connectionString: url, max: 10, options }, { statementNameGenerator: (query) => statementName(query.sql) }),
      omit: { user: { passwordHash: true } },
      log: [{ emit: "event", level: "query" }],
      // As lib/db/client.ts: generous waits, so a busy moment is measured, not failed.
      transactionOptions: { maxWait: 15_000, timeout: 30_000 },
    });
  const client = capturing(connectionOptions);
  const lookupClient = capturing(lookupConnectionOptions);
  let recording: Statement[] | null = null;
  for (const [c, lookup] of [[client, false], [lookupClient, true]] as const) {
    c.$on("query", (event) => recording?.push({ sql: event.query, params: JSON.parse(event.params) as unknown[], lookup }));
  }
  const clients = globalThis as unknown as { counterclaimDb?: unknown; counterclaimLookupDb?: unknown };
  clients.counterclaimDb = client;
  clients.counterclaimLookupDb = lookupClient;
  // The app's connection settings, so the SQL replayed through pg is planned as the app's is:
  // the lookup's kept statements on connections with the lookup's settings.
  const pool = new pg.Pool({ connectionString: url, max: 10, options: connectionOptions });
  const lookupPool = new pg.Pool({ connectionString: url, max: 10, options: lookupConnectionOptions });
  return {
    client,
    pool,
    async record(fn: () => Promise<unknown>): Promise<Statement[]> {
      recording = [];
      await fn();
      const out = recording;
      recording = null;
      return out;
    },
    /**
     * The recorded statements, one after another (the app's on one connection, so
     * BEGIN…COMMIT stay together), through pg; prepared under the same names as the
     * app prepares them.
     */
    async replay(statements: Statement[]) {
      const [connection, lookupConnection] = await Promise.all([pool.connect(), lookupPool.connect()]);
      try {
        // Each statement through connections with the settings of the client that sent it.
        for (const s of statements) await (s.lookup ? lookupConnection : connection).query({ name: statementName(s.sql), text: s.sql, values: s.params });
      } finally {
        connection.release();
        lookupConnection.release();
      }
    },
    async close() {
      await Promise.all([client.$disconnect(), lookupClient.$disconnect()]);
      await Promise.all([pool.end(), lookupPool.end()]);
    },
  };
}
