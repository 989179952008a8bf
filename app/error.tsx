"use client";

/**
 * What a page shows when it could not be rendered — most often because the database
 * was briefly unreachable (a restart, a failover). Production builds never pass the
 * real message or stack to the browser; the server log has them under `digest`.
 */
export default function PageError({ error, retry, reset }: { error: Error & { digest?: string }; retry?: () => void; reset: () => void }) {
  return (
    <main>
      <h1>This page could not be loaded</h1>
      <p className="notice error" role="alert">
        Counterclaim could not reach its database or hit an unexpected problem. If the database was restarting, it
        will be back in a few seconds; nothing you saved before this was lost.
      </p>
      <p>
        <button type="button" onClick={() => (retry ?? reset)()}>
          Try again
        </button>{" "}
        <a href="/">Your workspaces</a>
      </p>
      {error.digest ? <p className="empty">Reference for the administrator: {error.digest}</p> : null}
    </main>
  );
}
