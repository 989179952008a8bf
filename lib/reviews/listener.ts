import "server-only";
import { Client } from "pg";
import { env } from "../env";

type Subscriber = () => void;

/**
 * One LISTEN connection per process, shared by every open event stream: channels
 * are LISTENed when their first subscriber arrives and UNLISTENed when the last one
 * leaves. A notification only says "something new": subscribers read the events
 * from the table, so nothing depends on a notification arriving. If the connection
 * drops, it is re-opened with backoff, the channels are LISTENed again, and every
 * subscriber is woken to catch up on whatever was written meanwhile.
 */
class SessionListener {
  private client: Client | null = null;
  private connecting: Promise<Client> | null = null;
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private retryDelay = 250;

  async subscribe(channel: string, onNotify: Subscriber): Promise<() => void> {
    let set = this.subscribers.get(channel);
    const first = !set;
    if (!set) this.subscribers.set(channel, (set = new Set()));
    set.add(onNotify);
    if (first) await this.query(`LISTEN "${channel}"`);
    return () => this.unsubscribe(channel, onNotify);
  }

  private unsubscribe(channel: string, onNotify: Subscriber) {
    const set = this.subscribers.get(channel);
    if (!set?.delete(onNotify) || set.size > 0) return;
    this.subscribers.delete(channel);
    this.query(`UNLISTEN "${channel}"`).catch(() => {});
  }

  private async query(sql: string) {
    try {
      await (await this.connect()).query(sql);
    } catch {
      // The reconnect re-LISTENs every channel that still has subscribers.
      this.drop();
    }
  }

  private connect(): Promise<Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= (async () => {
      const client = new Client({ connectionString: env().DATABASE_URL, keepAlive: true, application_name: "counterclaim-session-listener" });
      client.on("notification", (message) => {
        for (const notify of this.subscribers.get(message.channel) ?? []) notify();
      });
      client.on("error", () => this.drop(client));
      client.on("end", () => this.drop(client));
      try {
        await client.connect();
        for (const channel of this.subscribers.keys()) await client.query(`LISTEN "${channel}"`);
      } catch (error) {
        client.end().catch(() => {});
        throw error;
      } finally {
        this.connecting = null;
      }
      this.client = client;
      this.retryDelay = 250;
      return client;
    })();
    return this.connecting;
  }

  private drop(which?: Client) {
    if (which && which !== this.client) return;
    const old = this.client;
    this.client = null;
    old?.removeAllListeners("notification");
    old?.end().catch(() => {});
    if (this.subscribers.size === 0) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, 10_000);
    setTimeout(() => {
      this.connect()
        .then(() => {
          // Wake everyone: notifications sent while we were away are lost, the events are not.
          for (const set of this.subscribers.values()) for (const notify of set) notify();
        })
        .catch(() => this.drop());
    }, delay).unref();
  }

  /** For tests: cut the connection as a network failure would. */
  async simulateDrop() {
    const client = this.client;
    if (client) await client.query("SELECT pg_terminate_backend(pg_backend_pid())").catch(() => {});
  }
}

const holder = globalThis as unknown as { counterclaimSessionListener?: SessionListener };

/** The process's listener (kept on globalThis so dev reloads reuse it). */
export function sessionListener(): SessionListener {
  holder.counterclaimSessionListener ??= new SessionListener();
  return holder.counterclaimSessionListener;
}
