import type { Actor, Role } from '../../../contracts';
/**
 * A handoff service on a fresh test database (SQLite or PostgreSQL), with a fake clock, a customer channel that
 * records what it was asked to send, a transcript fake and a webhook fake.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { openDatabase, tablesOf, type DatabaseHandle } from '../../../bot/stores/database';
import { migrateToLatest } from '../../../bot/stores/migrate';
import { createHandoffService, handoffMigrations, KyselyHandoffStore, KyselyProgressStore, parseHandoffConfig, type CustomerMessage, type HandoffConfigInput, type HandoffRequest, type HandoffService, type HandoffTables, type TranscriptLine } from '../../../handoff';
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from '../../support/databases';

export interface FakeClock {
  (): Date;
  set(iso: string): void;
  advanceMinutes(minutes: number): void;
}

export function fakeClock(start: string): FakeClock {
  let now = new Date(start).getTime();
  const clock = (() => new Date(now)) as FakeClock;
  clock.set = (iso) => {
    now = new Date(iso).getTime();
  };
  clock.advanceMinutes = (minutes) => {
    now += minutes * 60_000;
  };
  return clock;
}

export interface HandoffFixture {
  service: HandoffService;
  store: KyselyHandoffStore;
  clock: FakeClock;
  sent: Array<{ conversationId: string; message: CustomerMessage }>;
  webhooks: Array<{ url: string; body: unknown }>;
  transcripts: Map<string, TranscriptLine[]>;
  handle: DatabaseHandle<unknown>;
  close(): Promise<void>;
}

export async function createHandoffFixture(
  options: { kind?: TestDatabaseKind; config?: HandoffConfigInput; start?: string; poolSize?: number } = {},
): Promise<HandoffFixture> {
  const database: TestDatabase = await createTestDatabase(options.kind ?? 'sqlite');
  const handle = openDatabase<unknown>({ databaseUrl: database.url, sqliteFile: path.join(database.dataDir, 'baton.db') });
  await migrateToLatest(handle.db, handoffMigrations);
  const store = new KyselyHandoffStore(tablesOf<HandoffTables>(handle.db));
  const clock = fakeClock(options.start ?? '2026-03-02T10:00:00.000Z');
  const sent: HandoffFixture['sent'] = [];
  const webhooks: HandoffFixture['webhooks'] = [];
  const transcripts = new Map<string, TranscriptLine[]>();
  const service = createHandoffService({
    store,
    progress: new KyselyProgressStore(tablesOf<HandoffTables>(handle.db)),
    config: parseHandoffConfig(options.config ?? {}),
    clock,
    transcript: async (id) => transcripts.get(id) ?? [],
    customerChannel: {
      async send(conversationId, message) {
        sent.push({ conversationId, message });
      },
    },
    suggestArticles: async (text) => [{ id: 'kb-1', title: `About ${text.slice(0, 20)}`, answer: 'An answer.' }],
    postWebhook: async (url, body) => {
      webhooks.push({ url, body });
    },
  });
  return {
    service,
    store,
    clock,
    sent,
    webhooks,
    transcripts,
    handle,
    async close() {
      await handle.close();
      await database.drop();
    },
  };
}

/** A handoff request with sensible defaults; each call gets a new conversation and customer unless given. */
export function handoffRequest(overrides: Partial<HandoffRequest> = {}): HandoffRequest {
  const unique = randomBytes(6).toString('hex');
  return {
    conversationId: `conv-${unique}`,
    channel: 'webchat',
    customer: { id: `customer-${unique}`, name: 'Ada Customer' },
    lang: 'en',
    level: 'L3',
    category: 'inquiry',
    reasons: [{ code: 'agent-request', detail: 'asked for a person' }],
    lastCustomerMessage: 'I want to talk to a person',
    ...overrides,
  };
}

export const agent = (id: string, roles: Role[] = ['agent']): Actor => ({ id, name: `Agent ${id}`, roles });
export const supervisor = (id = 'sup-1'): Actor => ({ id, name: `Supervisor ${id}`, roles: ['supervisor'] });
