/**
 * The notifier on PostgreSQL: LISTEN/NOTIFY, one listening connection per instance, with a polling fallback.
 *
 * - publish: this instance's listeners hear it at once; the notification is written to the `notifications` table and
 *   NOTIFYed in one statement (so whoever polls finds what was NOTIFYed).
 * - One dedicated connection LISTENs (outside the pool: a pooled client would be handed to queries). When it drops,
 *   it reconnects with backoff; meanwhile a poll reads the table every `pollMs` (well within 5 s), and on reconnect one
 *   catch-up poll covers the gap. Ids dedupe what arrives both ways.
 * - Rows older than `keepMs` are deleted now and then by every instance (idempotent, so no coordination needed).
 */
import { sql } from 'kysely';
import { Client, type Pool } from 'pg';
import type { PoolCounters } from './postgres-pool';
import { LocalDelivery, newInstanceId, type Notification, type NotificationListener, type Notifier } from '../cluster/notifier';

export const NOTIFY_CHANNEL = 'baton_notifications';
/** NOTIFY payloads must stay under 8000 bytes; bigger notifications go by id and are read from the table. */
const INLINE_LIMIT = 7000;

export interface PostgresNotifierOptions {
  pool: Pool;
  connectionString: string;
  instanceId?: string;
  log?: (line: string) => void;
  onListenerError?: (err: unknown) => void;
  /** How often to poll while the listener is down (default 1 s). */
  pollMs?: number;
  /** First reconnect delay; doubles up to `maxReconnectMs` (defaults 250 ms and 5 s). */
  reconnectMs?: number;
  maxReconnectMs?: number;
  /** How long notifications stay in the table (default 10 min). */
  keepMs?: number;
  /** The query layer's counters: each publish is one more statement and transaction (the benchmark counts them). */
  counters?: PoolCounters;
}

interface Row {
  id: string;
  topic: string;
  payload: string;
  origin: string;
}

export function createPostgresNotifier(options: PostgresNotifierOptions): Notifier & { listenerPid(): number | undefined } {
  const log = options.log ?? ((line: string) => console.error(line));
  const local = new LocalDelivery(options.instanceId ?? newInstanceId(), options.onListenerError ?? ((err) => log(`[notifier] a listener failed: ${(err as Error)?.message ?? err}`)));
  const pollMs = options.pollMs ?? 1_000;
  const reconnectMs = options.reconnectMs ?? 250;
  const maxReconnectMs = options.maxReconnectMs ?? 5_000;
  const keepMs = options.keepMs ?? 10 * 60_000;
  const { pool } = options;

  let closed = false;
  let started = false;
  let listener: Client | undefined;
  let listenerPid: number | undefined;
  let connected = false;
  let pollTimer: NodeJS.Timeout | undefined;
  let reconnectTimer: NodeJS.Timeout | undefined;
  let attempt = 0;
  /** Database time from which the next poll reads (a little before the last poll, for late commits); set by start. */
  let since = new Date(0);

  const fromRow = (row: Row): Notification => ({ id: row.id, topic: row.topic, payload: JSON.parse(row.payload) as unknown, origin: row.origin });

  async function poll(): Promise<void> {
    const result = await pool.query<Row & { now: Date }>(
      `select id, topic, payload, origin, now() as now from notifications where created_at >= $1 order by created_at, id`,
      [new Date(since.getTime() - 5_000)],
    );
    for (const row of result.rows) local.deliver(fromRow(row));
    // With no rows, ask the time separately: the next poll must not start from our own clock.
    since = result.rows[0]?.now ?? (await pool.query<{ now: Date }>('select now() as now')).rows[0].now;
  }

  async function onNotification(message: { channel: string; payload?: string }): Promise<void> {
    if (message.channel !== NOTIFY_CHANNEL || !message.payload) return;
    const parsed = JSON.parse(message.payload) as Partial<Notification> & { id: string; byId?: boolean };
    if (!parsed.byId) {
      local.deliver(parsed as Notification);
      return;
    }
    const row = await pool.query<Row>('select id, topic, payload, origin from notifications where id = $1', [parsed.id]);
    if (row.rows[0]) local.deliver(fromRow(row.rows[0]));
  }

  function startPolling(): void {
    if (pollTimer || closed) return;
    pollTimer = setInterval(() => {
      poll().catch((err: Error) => log(`[notifier] fallback poll failed: ${err.message}`));
    }, pollMs);
    pollTimer.unref();
  }

  function stopPolling(): void {
    if (pollTimer) clearInterval(pollTimer);
    pollTimer = undefined;
  }

  function lost(err?: Error): void {
    if (listener === undefined) return;
    const gone = listener;
    listener = undefined;
    listenerPid = undefined;
    connected = false;
    gone.removeAllListeners();
    gone.on('error', () => undefined);
    void gone.end().catch(() => undefined);
    if (closed) return;
    log(`[notifier] listening connection lost${err ? ` (${err.message})` : ''}; polling every ${pollMs} ms until it is back`);
    startPolling();
    scheduleReconnect();
  }

  function scheduleReconnect(): void {
    if (reconnectTimer || closed) return;
    const delay = Math.min(maxReconnectMs, reconnectMs * 2 ** attempt);
    attempt += 1;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      void connect();
    }, delay);
    reconnectTimer.unref();
  }

  async function connect(): Promise<void> {
    const client = new Client({ connectionString: options.connectionString, application_name: 'baton-listener', keepAlive: true });
    client.on('error', (err) => lost(err));
    client.on('end', () => lost());
    client.on('notification', (message) => {
      onNotification(message).catch((err: Error) => log(`[notifier] a notification could not be read: ${err.message}`));
    });
    listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
      const pid = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
      if (listener !== client) return; // lost while connecting
      listenerPid = pid.rows[0].pid;
      connected = true;
      attempt = 0;
      stopPolling();
      // What was published while nobody listened: one catch-up read (ids already delivered are skipped).
      await poll().catch((err: Error) => log(`[notifier] catch-up poll failed: ${err.message}`));
    } catch (err) {
      if (listener === client) lost(err as Error);
      else startPolling();
    }
  }


  let lastPurge = 0;
  const purge = () => {
    const now = Date.now();
    if (now - lastPurge < 60_000) return;
    lastPurge = now;
    pool.query(`delete from notifications where created_at < now() - ($1::int * interval '1 millisecond')`, [keepMs]).catch((err: Error) => log(`[notifier] purge failed: ${err.message}`));
  };

  /** The row's payload and the NOTIFY message (inline when it fits, else just the id: listeners read the row). */
  const encode = (notification: Notification) => {
    const inline = JSON.stringify(notification);
    return { body: JSON.stringify(notification.payload), message: Buffer.byteLength(inline) <= INLINE_LIMIT ? inline : JSON.stringify({ id: notification.id, byId: true }) };
  };

  return {
    instanceId: local.instanceId,
    async publish(topic, payload) {
      const notification: Notification = { id: local.nextId(), topic, payload, origin: local.instanceId };
      local.deliver(notification);
      const { body, message } = encode(notification);
      if (options.counters) {
        options.counters.statements += 1;
        options.counters.transactions += 1;
      }
      await pool.query(
        `with stored as (insert into notifications (id, topic, payload, origin, created_at) values ($1, $2, $3, $4, now()) returning id)
         select pg_notify($5, $6) from stored`,
        [notification.id, topic, body, local.instanceId, NOTIFY_CHANNEL, message],
      );
      purge();
    },
    stage(topic, payload) {
      const notification: Notification = { id: local.nextId(), topic, payload, origin: local.instanceId };
      const { body, message } = encode(notification);
      return {
        // Inside the caller's transaction: the row and the NOTIFY commit with it (PostgreSQL sends a NOTIFY at commit).
        write: async (db) => {
          await sql`with stored as (insert into notifications (id, topic, payload, origin, created_at) values (${notification.id}, ${topic}, ${body}, ${local.instanceId}, now()) returning id)
            select pg_notify(${NOTIFY_CHANNEL}, ${message}) from stored`.execute(db);
        },
        record: { id: notification.id, topic, payload: body, origin: local.instanceId, channel: NOTIFY_CHANNEL, message },
        committed: () => {
          local.deliver(notification);
          purge();
        },
      };
    },
    subscribe: (topic, listen) => local.subscribe(topic, listen as NotificationListener),
    async start() {
      if (started || closed) return;
      started = true;
      try {
        since = (await pool.query<{ now: Date }>('select now() as now')).rows[0].now;
      } catch (err) {
        // The database is away at start: read from our own clock's idea of now, less a margin; the poll corrects it.
        since = new Date(Date.now() - 60_000);
        log(`[notifier] could not read the database time: ${(err as Error).message}`);
      }
      await connect();
      if (!connected) startPolling();
    },
    listening: () => connected,
    listenerPid: () => listenerPid,
    async close() {
      closed = true;
      stopPolling();
      if (reconnectTimer) clearTimeout(reconnectTimer);
      const client = listener;
      listener = undefined;
      connected = false;
      if (client) {
        client.removeAllListeners();
        client.on('error', () => undefined);
        await client.end().catch(() => undefined);
      }
    },
  };
}
