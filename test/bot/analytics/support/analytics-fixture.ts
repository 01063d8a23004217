/**
 * Real stores on a fresh test database with a clock the test controls: conversations and their activities, the
 * handoff service, the feedback store and the analytics store over them. Agent replies are written into the
 * conversation as the real delivery does, so "a person wrote in it" is what the store reads.
 */
import path from 'node:path';
import { KyselyAnalyticsStore, KyselyKnowledgeAnalyticsStore, createAnalyticsService, type AnalyticsService, type AnalyticsTables } from '../../../../bot/analytics';
import { KyselyConversationStore } from '../../../../bot/stores/conversation-store';
import { openDatabase, tablesOf, type DatabaseHandle } from '../../../../bot/stores/database';
import { migrateToLatest } from '../../../../bot/stores/migrate';
import { botMigrations } from '../../../../bot/stores/migrations';
import { createHandoffService, handoffMigrations, KyselyHandoffStore, parseHandoffConfig, type HandoffService } from '../../../../handoff';
import { knowledgeMigrations, KyselyFeedbackStore } from '../../../../knowledge';
import type { Actor } from '../../../../contracts';
import { createTestDatabase, type TestDatabaseKind } from '../../../support/databases';
import { fakeClock, type FakeClock } from '../../../handoff/support/handoff-fixture';

export interface AnalyticsFixture {
  clock: FakeClock;
  conversations: KyselyConversationStore;
  handoff: HandoffService;
  feedback: KyselyFeedbackStore;
  analytics: AnalyticsService;
  store: KyselyAnalyticsStore;
  handle: DatabaseHandle<unknown>;
  /** A conversation whose customer says `text` and the bot answers, at the clock's time. */
  botConversation(id: string, options?: { channel?: string; locale?: string }): Promise<void>;
  /** The bot replies in a conversation, as the channel stores it (kind and article in channelData). */
  botReplies(id: string, kind: string, articleId?: string): Promise<void>;
  /** A question the bot could not answer, recorded at the clock's time. */
  unanswered(id: string, groupKey: string, text: string): Promise<void>;
  /** A conversation handed to a person: queued now; returns the ticket id. */
  handedOff(id: string, reason: string, options?: { level?: 'L1' | 'L2' | 'L3'; customerId?: string }): Promise<string>;
  /** The agent claims and replies after `replySeconds`, resolves after `resolveSeconds` (both from the queueing). */
  agentHandles(ticketId: string, agent: Actor, replySeconds: number, resolveSeconds: number): Promise<void>;
  close(): Promise<void>;
}

export async function createAnalyticsFixture(kind: TestDatabaseKind, start: string): Promise<AnalyticsFixture> {
  const database = await createTestDatabase(kind);
  const handle = openDatabase<unknown>({ databaseUrl: database.url, sqliteFile: path.join(database.dataDir, 'baton.db') });
  await migrateToLatest(handle.db, botMigrations, knowledgeMigrations, handoffMigrations);
  const clock = fakeClock(start);
  const conversations = new KyselyConversationStore(tablesOf(handle.db), clock);
  const handoff = createHandoffService({
    store: new KyselyHandoffStore(tablesOf(handle.db)),
    config: parseHandoffConfig({}),
    clock,
    transcript: async () => [],
    customerChannel: {
      async send(conversationId, message) {
        if (message.kind === 'agent-message') await conversations.append(conversationId, { direction: 'out', role: 'agent', type: 'message', text: message.text, activity: {} });
      },
    },
    suggestArticles: async () => [],
  });
  const store = new KyselyAnalyticsStore(tablesOf<AnalyticsTables>(handle.db), handle.kind);
  const customerSays = async (id: string, text: string) => {
    await conversations.append(id, { direction: 'in', role: 'customer', type: 'message', text, activity: {} });
  };
  return {
    clock,
    conversations,
    handoff,
    feedback: new KyselyFeedbackStore(tablesOf(handle.db)),
    analytics: createAnalyticsService({ store, knowledge: new KyselyKnowledgeAnalyticsStore(tablesOf<AnalyticsTables>(handle.db), handle.kind) }),
    store,
    handle,
    async botConversation(id, options = {}) {
      await conversations.ensure({ id, channel: options.channel ?? 'webchat', userId: `user-${id}`, locale: options.locale ?? 'en-US' });
      await customerSays(id, 'where is my parcel?');
      await conversations.append(id, { direction: 'out', role: 'bot', type: 'message', text: 'Track it here.', activity: {} });
    },
    async botReplies(id, kind, articleId) {
      await conversations.ensure({ id, channel: 'webchat', userId: `user-${id}`, locale: 'en-US' });
      await customerSays(id, 'a question');
      await conversations.append(id, { direction: 'out', role: 'bot', type: 'message', text: 'a reply', activity: { channelData: { baton: { kind, ...(articleId ? { articleId } : {}) } } } });
    },
    async unanswered(id, groupKey, text) {
      await tablesOf<AnalyticsTables>(handle.db)
        .insertInto('unanswered_questions')
        .values({ id: `q-${id}`, group_key: groupKey, text, lang: 'en', reason: 'no-answer', best_article_id: null, score: null, created_at: clock().toISOString(), status: 'open', resolved_at: null, resolution: null, conversation_id: id })
        .execute();
    },
    async handedOff(id, reason, options = {}) {
      await conversations.ensure({ id, channel: 'webchat', userId: `user-${id}`, locale: 'en-US' });
      await customerSays(id, 'I want a person');
      const result = await handoff.requestHandoff({
        conversationId: id,
        channel: 'webchat',
        customer: { id: options.customerId ?? `customer-${id}`, name: 'Ada Customer', email: 'ada@example.com' },
        lang: 'en',
        level: options.level ?? 'L3',
        category: 'inquiry',
        reasons: [{ code: reason, detail: reason }],
      });
      return result.ticket.id;
    },
    async agentHandles(ticketId, agent, replySeconds, resolveSeconds) {
      const queuedAt = clock().getTime();
      await handoff.claim(agent, ticketId);
      clock.set(new Date(queuedAt + replySeconds * 1000).toISOString());
      await handoff.sendMessage(agent, ticketId, 'Hello, I can help.');
      clock.set(new Date(queuedAt + resolveSeconds * 1000).toISOString());
      await handoff.resolve(agent, ticketId, { code: 'solved' });
      clock.set(new Date(queuedAt).toISOString());
    },
    async close() {
      await handle.close();
      await database.drop();
    },
  };
}
