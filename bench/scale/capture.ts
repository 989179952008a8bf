// Runs lib/ functions in this process on a Prisma client that records every SQL
// statement it sends, so the same statements can be replayed through `pg` alone:
// the difference is what Prisma adds. Installed as the process's one client
// (lib/db/client.ts keeps it on globalThis and creates its own only when absent).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../lib/db/generated/client";
import { connectionOptions } from "../../lib/db/session-settings";
import { statementName } from "../../lib/db/statement-names";

export type Statement = { sql: string; params: unknown[] };

export function installCapturingClient(url: string) {
  const client = new PrismaClient({
    // As lib/db/client.ts: the lookup's statements are kept prepared.
    adapter: new PrismaPg({ connectionString: url, max: 10, options: connectionOptions }, { statementNameGenerator: (query) => statementName(query.sql) }),
    omit: { user: { passwordHash: true } },
    log: [{ emit: "event", level: "query" }],
    // As lib/db/client.ts: generous waits, so a busy moment is measured, not failed.
    transactionOptions: { maxWait: 15_000, timeout: 30_000 },
  });
  let recording: Statement[] | null = null;
  client.$on("query", (event) => recording?.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] }));
  (globalThis as unknown as { counterclaimDb?: unknown }).counterclaimDb = client;
  // The app's connection settings, so the SQL replayed through pg is planned as the app's is.
  const pool = new pg.Pool({ connectionString: url, max: 10, options: connectionOptions });
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
     * The recorded statements, one after another on one connection (so BEGIN…COMMIT
     * stay together), through pg; prepared under the same names as the app prepares them.
     */
    async replay(statements: Statement[]) {
      const connection = await pool.connect();
      try {
        for (const s of statements) await connection.query({ name: statementName(s.sql), text: s.sql, values: s.params });
      } finally {
        connection.release();
      }
    },
    async close() {
      await client.$disconnect();
      await pool.end();
    },
  };
}
