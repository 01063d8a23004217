/**
 * Issue 14.5: how much the database grows per customer message, for sizing disks and choosing RETENTION_DAYS.
 * Customers ask the demo knowledge base's questions over Baton's Direct Line (the web chat) and over
 * `/api/messages` (Teams and Azure Bot Service activities, which carry more fields), ten turns per conversation;
 * the growth of all tables (SQLite: used pages after a WAL checkpoint; PostgreSQL: every user table with its indexes
 * and TOAST) is divided by the number of turns. A turn stores the customer's activity, the bot's replies, the
 * conversation's state and whatever the turn recorded (unanswered questions, tickets).
 */
import { sql, type Kysely } from 'kysely';
import { loadDemoArticles } from '../../knowledge';
import type { TestDatabaseKind } from '../support/databases';
import { listenTestBaton, startTestBaton } from '../support/services';
import { postgresReachable, postJson as post } from './support';

const TURNS = 300;
const TURNS_PER_CONVERSATION = 10;

const progress = (line: string) => process.stderr.write(`  [storage-growth] ${line}\n`);

export async function run(): Promise<Record<string, unknown>> {
  const kinds: TestDatabaseKind[] = ['sqlite'];
  if (await postgresReachable()) kinds.push('postgres');
  else progress('PostgreSQL not reachable: SQLite only');
  const questions = loadDemoArticles().flatMap((a) => a.questions);
  const results: Record<string, unknown> = { turns: TURNS, turnsPerConversation: TURNS_PER_CONVERSATION };
  for (const kind of kinds) {
    results[kind] = {
      directLine: await measure(kind, 'directLine', questions),
      apiMessages: await measure(kind, 'apiMessages', questions),
    };
  }
  return results;
}

async function measure(kind: TestDatabaseKind, channel: 'directLine' | 'apiMessages', questions: string[]) {
  progress(`${kind} ${channel}`);
  const baton = await startTestBaton({ database: kind, log: () => undefined, env: { LIMIT_MESSAGES_PER_ADDRESS: '1000000', LIMIT_CONVERSATIONS_PER_ADDRESS: '1000000', LIMIT_MESSAGES_PER_CONVERSATION: '1000000' } });
  const server = await listenTestBaton(baton);
  try {
    const db = baton.parts.database.db as Kysely<any>;
    const before = await usedBytes(kind, db);
    const send = channel === 'directLine' ? directLineSender(server.origin) : messagesSender(server.origin);
    for (let i = 0; i < TURNS; i++) await send(Math.floor(i / TURNS_PER_CONVERSATION), questions[i % questions.length]);
    const after = await usedBytes(kind, db);
    const activities = await db
      .selectFrom('activities')
      .select((eb) => [eb.fn.countAll().as('n'), eb.fn.sum(sql<number>`length(body)`).as('bodyChars')])
      .executeTakeFirstOrThrow();
    return {
      bytesPerTurn: Math.round((after - before) / TURNS),
      activitiesPerTurn: Number(activities.n) / TURNS,
      activityBodyCharsPerTurn: Math.round(Number(activities.bodyChars) / TURNS),
    };
  } finally {
    await server.close();
    await baton.close();
  }
}

async function usedBytes(kind: TestDatabaseKind, db: Kysely<any>): Promise<number> {
  if (kind === 'sqlite') {
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
    const pragma = async (name: string) => Number(Object.values((await sql.raw(`pragma ${name}`).execute(db)).rows[0] as object)[0]);
    return ((await pragma('page_count')) - (await pragma('freelist_count'))) * (await pragma('page_size'));
  }
  await sql`analyze`.execute(db);
  const { rows } = await sql<{ bytes: string }>`select sum(pg_total_relation_size(relid))::bigint as bytes from pg_stat_user_tables`.execute(db);
  return Number(rows[0].bytes);
}

function directLineSender(origin: string) {
  const conversations = new Map<number, { conversationId: string; token: string }>();
  return async (n: number, text: string) => {
    let conversation = conversations.get(n);
    if (!conversation) {
      const { token } = await post(`${origin}/api/webchat/token`, {});
      conversation = (await post(`${origin}/v3/directline/conversations`, {}, token as string)) as { conversationId: string; token: string };
      conversations.set(n, conversation);
    }
    await post(`${origin}/v3/directline/conversations/${conversation.conversationId}/activities`, { type: 'message', text, from: { id: 'u' } }, conversation.token);
  };
}

function messagesSender(origin: string) {
  let i = 0;
  return async (n: number, text: string) => {
    await post(`${origin}/api/messages`, {
      type: 'message',
      id: `growth-${i++}`,
      text,
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/unused',
      conversation: { id: `growth-conv-${n}` },
      from: { id: `growth-user-${n}`, name: 'Casey' },
      recipient: { id: 'baton', name: 'Baton' },
      locale: 'en-US',
      deliveryMode: 'expectReplies',
    });
  };
}
