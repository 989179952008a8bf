import { afterAll, beforeEach, vi } from "vitest";

// Integration tests write freely: never let them near a database that is not local.
const url = process.env.DATABASE_URL;
if (!url) throw new Error("Integration tests need DATABASE_URL; run them with `npm test`.");
const host = new URL(url).hostname;
if (!["127.0.0.1", "localhost", "::1"].includes(host)) {
  throw new Error(`Refusing to run integration tests against ${host}: only a local database is allowed.`);
}

// An unexpected console.error fails the test that caused it.
beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    throw new Error(`Unexpected console.error: ${args.map(String).join(" ")}`);
  });
});

afterAll(async () => {
  const { db } = await import("../../lib/db/client");
  await db.$disconnect();
});
