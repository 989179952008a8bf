import { afterAll } from "vitest";
import "./console-guard";

// Integration tests write freely: never let them near a database that is not local.
const url = process.env.DATABASE_URL;
if (!url) throw new Error("Integration tests need DATABASE_URL; run them with `npm test`.");
const host = new URL(url).hostname;
if (!["127.0.0.1", "localhost", "::1"].includes(host)) {
  throw new Error(`Refusing to run integration tests against ${host}: only a local database is allowed.`);
}

afterAll(async () => {
  const { disconnectAll } = await import("../../lib/db/client");
  await disconnectAll();
});
