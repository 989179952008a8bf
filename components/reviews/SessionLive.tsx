"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import styles from "./reviews.module.css";

const words: Record<string, string> = {
  "rating.saved": "rated an item",
  "participant.finished": "finished rating",
  "item.revealed": "revealed an item",
  "phase.changed": "moved the session on",
  "judgment.recorded": "recorded a judgment",
  "dissent.recorded": "recorded a dissent",
  "session.closed": "closed the session",
};

/**
 * Follows the session's event stream and refreshes the server-rendered page when
 * something happens. EventSource reconnects by itself and sends Last-Event-ID, so
 * the server replays whatever was missed while the connection was down.
 */
export function SessionLive({ url, after }: { url: string; after: string }) {
  const router = useRouter();
  const [online, setOnline] = useState(false);
  const [last, setLast] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const source = new EventSource(`${url}?after=${after}`);
    source.onopen = () => setOnline(true);
    source.onerror = () => setOnline(false);
    source.onmessage = (message) => {
      try {
        const event = JSON.parse(message.data) as { kind: string; name?: string };
        setLast(`${event.name ?? "Someone"} ${words[event.kind] ?? "made a change"}`);
      } catch {
        setLast("Updated");
      }
      // Several events in a burst (e.g. reveal all) refresh once.
      clearTimeout(timer.current);
      timer.current = setTimeout(() => router.refresh(), 150);
    };
    return () => {
      clearTimeout(timer.current);
      source.close();
    };
    // `after` only seeds the first connection; later reconnects resume by Last-Event-ID.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url, router]);

  return (
    <p className={styles.live} role="status" aria-live="polite">
      <span className={`${styles.dot} ${online ? "" : styles.off}`} aria-hidden="true" />
      {online ? "Live" : "Reconnecting…"}
      {last && <span> · {last}</span>}
    </p>
  );
}
