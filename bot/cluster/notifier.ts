/**
 * The notifier port: how one Baton instance tells every instance (itself included) that something changed — a
 * conversation has new activities, a ticket event, a new policy, a knowledge publish. In-process for SQLite (one
 * instance owns the file); LISTEN/NOTIFY with a polling fallback on PostgreSQL (`bot/stores/postgres-notifier.ts`).
 *
 * Every notification carries an id unique across instances, and a notifier hands each id to its listeners once, even
 * when it arrives twice (by NOTIFY and by the fallback poll, or as the echo of a local publish): a consumer never
 * applies one twice. Payloads are small JSON (ids and kinds, not documents): PostgreSQL caps NOTIFY at 8000 bytes.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';

export interface Notification<T = unknown> {
  /** Unique across instances: `<instance>:<counter>`. */
  id: string;
  topic: string;
  payload: T;
  /** The instance that published it. */
  origin: string;
}

export type NotificationListener<T = unknown> = (notification: Notification<T>) => void;

export interface Notifier {
  /** This instance's id (a random one per process). */
  readonly instanceId: string;
  /**
   * Tells every instance. Listeners in this instance hear it at once (before the promise settles); other instances
   * as soon as the database delivers it. Rejects only when it could not be sent to the other instances.
   */
  publish<T>(topic: string, payload: T): Promise<void>;
  /**
   * A publish that rides on the caller's database transaction instead of costing one of its own: `write` (absent when
   * nothing needs writing, as in-process) runs inside the transaction — on PostgreSQL the row and the NOTIFY, which
   * PostgreSQL sends at commit or never — and `committed()`, called once the transaction committed, tells this
   * instance's listeners (after the commit, so what they read is there).
   */
  stage<T>(topic: string, payload: T): StagedNotification;
  subscribe<T>(topic: string, listener: NotificationListener<T>): () => void;
  /**
   * Starts hearing other instances (the listening connection, or the poll). Building a notifier starts nothing, so
   * the CLI and tests that never start one leave no connection open; publishing works either way.
   */
  start(): Promise<void>;
  /** False while other instances' notifications arrive only through the fallback poll (for /readyz and tests). */
  listening(): boolean;
  close(): Promise<void>;
}

/** See `Notifier.stage`. */
export interface StagedNotification {
  write?: (db: Kysely<any>) => Promise<void>;
  /**
   * What `write` stores and sends, for a PostgreSQL store that folds it into a statement of its own (the turn's end
   * on PostgreSQL) instead of running `write`: one round trip fewer. Present exactly when `write` is.
   */
  record?: NotificationRecord;
  committed(): void;
}

/**
 * A notification as `StagedNotification.write` writes it on PostgreSQL: the `notifications` row (payload as JSON
 * text, `created_at` the database's `now()`) and `pg_notify(channel, message)`, in the caller's transaction.
 */
export interface NotificationRecord {
  id: string;
  topic: string;
  payload: string;
  origin: string;
  channel: string;
  message: string;
}

export function newInstanceId(): string {
  return randomBytes(6).toString('hex');
}

/**
 * Local delivery shared by every notifier: listeners per topic, ids seen recently (so a repeat is dropped), and one
 * broken listener never stopping the others.
 */
export class LocalDelivery {
  private readonly listeners = new Map<string, Set<NotificationListener>>();
  private readonly seen = new Map<string, number>();
  private counter = 0;

  constructor(
    readonly instanceId: string,
    private readonly onListenerError: (err: unknown) => void,
    private readonly rememberMs = 5 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  nextId(): string {
    this.counter += 1;
    return `${this.instanceId}:${this.counter}`;
  }

  /** Hands a notification to this instance's listeners unless its id was handed out before; true when it was new. */
  deliver(notification: Notification): boolean {
    if (this.seen.has(notification.id)) return false;
    this.seen.set(notification.id, this.now());
    this.forget();
    for (const listener of [...(this.listeners.get(notification.topic) ?? [])]) {
      try {
        listener(notification);
      } catch (err) {
        this.onListenerError(err);
      }
    }
    return true;
  }

  subscribe(topic: string, listener: NotificationListener): () => void {
    let set = this.listeners.get(topic);
    if (!set) this.listeners.set(topic, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  /** Ids older than the memory window are dropped, oldest first (a Map keeps insertion order). */
  private forget(): void {
    const horizon = this.now() - this.rememberMs;
    for (const [id, at] of this.seen) {
      if (at >= horizon) break;
      this.seen.delete(id);
    }
  }
}

/** One process, one database file: a publish reaches this instance's listeners and nobody else needs it. */
export function createInProcessNotifier(options: { instanceId?: string; onListenerError?: (err: unknown) => void } = {}): Notifier {
  const local = new LocalDelivery(options.instanceId ?? newInstanceId(), options.onListenerError ?? (() => undefined));
  return {
    instanceId: local.instanceId,
    async publish(topic, payload) {
      local.deliver({ id: local.nextId(), topic, payload, origin: local.instanceId });
    },
    stage(topic, payload) {
      return { committed: () => void local.deliver({ id: local.nextId(), topic, payload, origin: local.instanceId }) };
    },
    subscribe: (topic, listener) => local.subscribe(topic, listener as NotificationListener),
    start: async () => undefined,
    listening: () => true,
    close: async () => undefined,
  };
}
