/**
 * Builds Baton's services from a parsed config: database and migrations, stores, knowledge base, people, the Agents
 * SDK adapter and the built-in Direct Line. Shared by the server, the CLI, tests and benchmarks; nothing here listens.
 */
import {
  createKnowledgeService,
  knowledgeMigrations,
  KyselyArticleStore,
  loadDemoArticles,
  type ArticleStore,
  type KnowledgeService,
  type KnowledgeTables,
} from '../knowledge';
import { createBotAdapter, type BotAdapter } from './channels/agents/adapter';
import { createBatonAgent, type TurnLogic } from './channels/agents/baton-agent';
import { createInProcessEndpoint, type BotEndpoint } from './channels/agents/in-process-endpoint';
import { DirectLine } from './channels/directline/direct-line';
import { createDirectLineTokens, generateSigningKey } from './channels/directline/tokens';
import type { Config } from './config';
import { createInProcessFeed, type ActivityFeed } from './conversations/activity-feed';
import type { ConversationStore } from './conversations/conversation-store';
import { createConversationRuntime, type ConversationRuntime } from './conversations/conversation-runtime';
import { createTranscript, type Transcript } from './conversations/transcript';
import { createAuthService, type AuthService } from './people/auth-service';
import { KyselyConversationStore } from './stores/conversation-store';
import { openDatabase, tablesOf, type DatabaseHandle } from './stores/database';
import { migrateToLatest } from './stores/migrate';
import { botMigrations } from './stores/migrations';
import { KyselyPeopleStore } from './stores/people-store';
import type { BotTables } from './stores/schema';
import { KyselySettingsStore } from './stores/settings-store';


export interface Services {
  config: Readonly<Config>;
  database: DatabaseHandle<unknown>;
  settings: KyselySettingsStore;
  conversations: ConversationStore;
  feed: ActivityFeed;
  transcript: Transcript;
  articles: ArticleStore;
  knowledge: KnowledgeService;
  auth: AuthService;
  runtime: ConversationRuntime;
  adapter: BotAdapter;
  logic: TurnLogic;
  botEndpoint: BotEndpoint;
  directLine: DirectLine;
  log: (line: string) => void;
  close(): Promise<void>;
}

export interface ServiceOptions {
  log?: (line: string) => void;
  /** Replace the turn logic (benchmarks compare against an echo bot through the same pipeline). */
  logic?: (services: Omit<Services, 'logic' | 'botEndpoint' | 'directLine' | 'close'>) => TurnLogic;
}

export const BOT_ACCOUNT = { id: 'baton', name: 'Baton' };

export async function createServices(config: Readonly<Config>, options: ServiceOptions = {}): Promise<Services> {
  const log = options.log ?? ((line: string) => console.log(line));
  const database = openDatabase<unknown>({ databaseUrl: config.database.url, sqliteFile: config.database.sqliteFile });
  try {
    await migrateToLatest(database.db, botMigrations, knowledgeMigrations);
  } catch (err) {
    await database.close();
    throw err;
  }
  const settings = new KyselySettingsStore(tablesOf<BotTables>(database.db));
  const conversations = new KyselyConversationStore(tablesOf<BotTables>(database.db));
  const feed = createInProcessFeed();
  const transcript = createTranscript(conversations, feed);
  const articles = new KyselyArticleStore(tablesOf<KnowledgeTables>(database.db));
  const knowledge = createKnowledgeService({ store: articles });
  await knowledge.init();
  const auth = createAuthService(new KyselyPeopleStore(tablesOf<BotTables>(database.db)));
  const runtime = createConversationRuntime({ store: conversations, knowledge });
  const adapter = createBotAdapter(config.bot, log);

  const base = { config, database, settings, conversations, feed, transcript, articles, knowledge, auth, runtime, adapter, log };
  const logic = options.logic ? options.logic(base) : createBatonAgent({ transcript, runtime, limits: config.limits });
  const botEndpoint = createInProcessEndpoint(adapter, logic);
  const signingKey = await settings.getOrCreate('directline.signingKey', generateSigningKey);
  const directLine = new DirectLine({
    conversations,
    tokens: createDirectLineTokens(signingKey),
    bot: botEndpoint,
    secret: config.directLine.secret,
    botAccount: BOT_ACCOUNT,
    serviceUrl: `${config.publicUrl ?? `http://localhost:${config.port}`}/v3/directline`,
    textLimit: config.limits.textChars,
  });

  return { ...base, logic, botEndpoint, directLine, close: () => database.close() };
}

/** Loads the demo knowledge base the first time Baton starts on an empty database. */
export async function seedDemoKnowledge(services: Pick<Services, 'articles' | 'knowledge' | 'settings'>): Promise<number> {
  if ((await services.settings.get('knowledge.demoSeeded')) || (await services.articles.count()) > 0) return 0;
  const published = await services.knowledge.publish(loadDemoArticles());
  await services.settings.set('knowledge.demoSeeded', new Date().toISOString());
  return published.length;
}
