import { EventEmitter } from "node:events";
import { sql } from "kysely";
import pg from "pg";
import type { Db } from "../db/database.ts";

/**
 * Tells open event streams that something new is waiting for a person. The message carries only
 * the recipient's id; the stream then reads the events themselves from the database.
 * `"*"` means "something may have been missed, everyone look again" (after a reconnect).
 */
export interface Notifier {
  /** Called with the same transaction that wrote the events, so PostgreSQL delivers on commit. */
  notify(db: Db, recipientIds: readonly string[]): Promise<void>;
  subscribe(listener: (recipientId: string) => void): () => void;
  close(): Promise<void>;
}

/** SQLite and single-instance deployments: all streams live in this process. */
export class InProcessNotifier implements Notifier {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  async notify(_db: Db, recipientIds: readonly string[]): Promise<void> {
    // After the current transaction's statements; SQLite's single connection orders the reads.
    queueMicrotask(() => {
      for (const id of recipientIds) this.emitNow(id);
    });
  }

  emitNow(recipientId: string): void {
    this.emitter.emit("event", recipientId);
  }

  subscribe(listener: (recipientId: string) => void): () => void {
    this.emitter.on("event", listener);
    return () => this.emitter.off("event", listener);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

const CHANNEL = "mend_events";

/**
 * PostgreSQL LISTEN/NOTIFY, so a write on one instance reaches streams open on every other.
 * One dedicated connection listens; when it drops it reconnects with backoff, listens again and
 * asks every stream to look again for what it may have missed.
 */
export class PostgresNotifier implements Notifier {
  private readonly local = new InProcessNotifier();
  private client: pg.Client | null = null;
  private closed = false;
  private retryMs = 250;

  constructor(private readonly url: string) {}

  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.url });
    client.on("notification", (message) => {
      if (message.channel === CHANNEL && message.payload) this.local.emitNow(message.payload);
    });
    client.on("error", () => this.reconnect(client));
    client.on("end", () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
      this.client = client;
      this.retryMs = 250;
      this.local.emitNow("*");
    } catch {
      this.reconnect(client);
    }
  }

  private reconnect(failed: pg.Client): void {
    if (this.closed || (this.client !== failed && this.client !== null)) return;
    this.client = null;
    failed.removeAllListeners();
    failed.end().catch(() => undefined);
    const wait = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, 10_000);
    setTimeout(() => void this.connect(), wait).unref();
  }

  async notify(db: Db, recipientIds: readonly string[]): Promise<void> {
    for (const id of new Set(recipientIds)) await sql`select pg_notify(${CHANNEL}, ${id})`.execute(db);
  }

  subscribe(listener: (recipientId: string) => void): () => void {
    return this.local.subscribe(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    if (client) {
      client.removeAllListeners();
      await client.end().catch(() => undefined);
    }
    await this.local.close();
  }
}
