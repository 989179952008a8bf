import { connection } from "next/server";

/**
 * Rendered per request rather than prerendered, so its scripts carry the request's
 * CSP nonce (a prerendered page has none, and the strict CSP would block them).
 */
export default async function NotFound() {
  await connection();
  return (
    <main>
      <h1>Not found</h1>
      <p>There is nothing here, or you cannot see it. <a href="/">Your workspaces</a></p>
    </main>
  );
}
