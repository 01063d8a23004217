/**
 * Builds Baton's services from a parsed config: database and migrations, stores, knowledge base, people, the Agents
 * SDK adapter and the built-in Direct Line. Shared by the server, the CLI, tests and benchmarks; nothing here listens.
 */
import path from 'node:path';
import { createEditorialService, createKnowledgeService, createReviewQueue, createSynonymService, knowledgeMigrations, KyselyFeedbackStore, type EditorialService, type ReviewQueue, KyselyArticleStore, KyselySynonymStore, loadDemoArticles, loadSynonyms, renderMarkdown, seedSynonyms, synonymsFile, type SynonymService, type EditorialStore, type KnowledgeService, type KnowledgeTables } from '../knowledge';
import { createHandoffService, handoffMigrations, KyselyHandoffStore, KyselyProgressStore, loadHandoffConfigFile, parseHandoffConfig, type HandoffConfigInput, type HandoffService, type HandoffTables } from '../handoff';
import { loadPolicyProvider, type PolicyProvider } from './admin/policy-provider';
import { createBotAdapter, type BotAdapter } from './channels/agents/adapter';
import { createProactiveSender } from './channels/agents/proactive';
import { createCustomerDelivery, type CustomerDelivery } from './conversations/customer-delivery';
import type { HandoffPort } from './conversations/handoff-port';
import { createCustomerDirectory } from './customers/directory';
import { createRecognizer, type ConfiguredRecognizer } from './recognizers';
import { KyselyCustomerStore } from './stores/customer-store';
import { createBatonAgent, type TurnLogic } from './channels/agents/baton-agent';
import { createInProcessEndpoint, type BotEndpoint } from './channels/agents/in-process-endpoint';
import { DirectLine } from './channels/directline/direct-line';
import { createDirectLineTokens, generateSigningKey } from './channels/directline/tokens';
import type { Config } from './config';
import { createInProcessFeed, type ActivityFeed } from './conversations/activity-feed';
import type { ConversationStore } from './conversations/conversation-store';
import { createConversationRuntime, type ConversationRuntime } from './conversations/conversation-runtime';
import type { handleTurn } from './core/engine';
import { warmUpSmallTalk } from './core/small-talk';
import { redactPersonalData } from './core/redact';
import { createTranscript, type Transcript } from './conversations/transcript';
import { transcriptLines } from './conversations/transcript-lines';
import { createAuthService, type AuthService } from './people/auth-service';
import { KyselyConversationStore } from './stores/conversation-store';
import { openDatabase, tablesOf, type DatabaseHandle } from './stores/database';
import { migrateToLatest } from './stores/migrate';
import { botMigrations } from './stores/migrations';
import { KyselyLoginThrottleStore } from './stores/login-throttle-store';
import { KyselyPeopleStore } from './stores/people-store';
import type { BotTables } from './stores/schema';
import { KyselySettingsStore } from './stores/settings-store';
import { KyselyReplyMailStore } from './stores/reply-mail-store';
import { createReplyMail, type ReplyMail } from './conversations/reply-mail';
import { createSmtpMailer } from './mail/smtp-mailer';
import { createWelcome } from './conversations/welcome';


export interface Services {
  config: Readonly<Config>;
  database: DatabaseHandle<unknown>;
  settings: KyselySettingsStore;
  conversations: ConversationStore;
  feed: ActivityFeed;
  transcript: Transcript;
  articles: EditorialStore;
  knowledge: KnowledgeService;
  /** Drafts, review, publishing, versions (the editor page and `baton kb`). */
  editorial: EditorialService;
  /** Helpful / not helpful answers and the unanswered-questions queue. */
  reviewQueue: ReviewQueue;
  /** The editor-maintained synonym list (seeded from the synonyms file on first start). */
  synonyms: SynonymService;
  auth: AuthService;
  /** People take over from the bot: tickets, queue, SLA timers, the agent console (handoff/). */
  handoff: HandoffService;
  /** The customer directory (tiers) and the handoff policy, both editable by admins. */
  customers: KyselyCustomerStore;
  policy: PolicyProvider;
  /** Delivers what people send from the console to the customer's channel. */
  delivery: CustomerDelivery;
  /** Customers' e-mail contacts, and agent replies e-mailed to absent web customers (a job: `tick()`). */
  replyMailStore: KyselyReplyMailStore;
  replyMail: ReplyMail;
  /** Intent recognizer: local, or Azure CLU with a local fallback (`description` says which). */
  recognizer: ConfiguredRecognizer;
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
  /** Replace the Agents SDK turn logic (tests of the channel edge). */
  logic?: (services: Omit<Services, 'logic' | 'botEndpoint' | 'directLine' | 'close'>) => TurnLogic;
  /** Replace the conversation engine (the latency benchmark's echo bot, through the same pipeline). */
  engine?: typeof handleTurn;
  /** Handoff configuration instead of DATA_DIR/handoff.json, a fake clock, a fake webhook (tests, benchmarks). */
  handoff?: { config?: HandoffConfigInput; clock?: () => Date; postWebhook?: (url: string, body: unknown) => Promise<void> };
}

export const BOT_ACCOUNT = { id: 'baton', name: 'Baton' };

export async function createServices(config: Readonly<Config>, options: ServiceOptions = {}): Promise<Services> {
  const log = options.log ?? ((line: string) => console.log(line));
  const database = openDatabase<unknown>({ databaseUrl: config.database.url, sqliteFile: config.database.sqliteFile });
  try {
    await migrateToLatest(database.db, botMigrations, knowledgeMigrations, handoffMigrations);
  } catch (err) {
    await database.close();
    throw err;
  }
  const settings = new KyselySettingsStore(tablesOf<BotTables>(database.db));
  const conversations = new KyselyConversationStore(tablesOf<BotTables>(database.db));
  const feed = createInProcessFeed();
  const transcript = createTranscript(conversations, feed);
  const articles = new KyselyArticleStore(tablesOf<KnowledgeTables>(database.db));
  // Synonyms live in the database; DATA_DIR/knowledge/synonyms.json (or the demo's) seeds them on first start.
  const synonymStore = new KyselySynonymStore(tablesOf<KnowledgeTables>(database.db));
  const synonymFile = synonymsFile(path.join(config.dataDir, 'knowledge', 'synonyms.json'));
  try {
    await seedSynonyms(synonymStore, synonymFile, () => loadSynonyms(synonymFile), log);
  } catch (err) {
    await database.close();
    throw err;
  }
  // The serialized search index is kept in DATA_DIR so a restart loads it instead of rebuilding it.
  const knowledge = createKnowledgeService({
    store: articles,
    snapshotFile: path.join(config.dataDir, 'knowledge', 'index-snapshot.json'),
    synonyms: synonymStore,
    log,
  });
  await knowledge.init();
  // The engine's own small-talk index is built before the first customer arrives, not during their turn.
  warmUpSmallTalk();
  // Notices knowledge published by another process (the `baton` CLI, another instance) and rebuilds.
  knowledge.watch(5000);
  const editorial = createEditorialService({ store: articles, knowledge });
  const reviewQueue = createReviewQueue({
    store: new KyselyFeedbackStore(tablesOf<KnowledgeTables>(database.db)),
    editorial,
    articleIsLive: (id) => knowledge.getPublished(id) !== undefined,
  });
  const synonyms = createSynonymService({ store: synonymStore, refresh: () => knowledge.refresh() });
  const auth = createAuthService({
    people: new KyselyPeopleStore(tablesOf<BotTables>(database.db)),
    throttle: new KyselyLoginThrottleStore(tablesOf<BotTables>(database.db)),
    throttleKey: await settings.getOrCreate('auth.throttleKey', generateSigningKey),
  });
  const adapter = createBotAdapter(config.bot, log);
  const delivery = createCustomerDelivery({
    conversations,
    transcript,
    proactive: createProactiveSender(adapter, config.bot.appId),
    botAccount: BOT_ACCOUNT,
  });
  const clock = options.handoff?.clock ?? (() => new Date());
  const replyMailStore = new KyselyReplyMailStore(tablesOf<BotTables>(database.db));
  let linkTo = async (_conversationId: string): Promise<string> => '';
  const replyMail = createReplyMail({
    store: replyMailStore,
    conversations,
    mailer: config.mail.smtpUrl ? createSmtpMailer({ smtpUrl: config.mail.smtpUrl, from: config.mail.from }) : undefined,
    linkTo: (conversationId) => linkTo(conversationId),
    delayMinutes: config.mail.replyDelayMinutes,
    clock,
    log,
  });
  const handoffConfig = options.handoff?.config
    ? parseHandoffConfig(options.handoff.config)
    : loadHandoffConfigFile(path.join(config.dataDir, 'handoff.json'));
  const handoff = createHandoffService({
    store: new KyselyHandoffStore(tablesOf<HandoffTables>(database.db)),
    progress: new KyselyProgressStore(tablesOf<HandoffTables>(database.db)),
    config: handoffConfig,
    clock,
    transcript: async (conversationId) => transcriptLines(await conversations.list(conversationId, { limit: 5000 })),
    // Agent replies, status lines and the survey reach the customer on their own channel (Web Chat or Teams).
    customerChannel: replyMail.deliveryWithMail(delivery),
    suggestArticles: async (text) =>
      knowledge
        .search(text, { limit: 3 })
        .map((hit) => knowledge.getPublished(hit.articleId))
        .filter((a) => a !== undefined)
        .map((a) => ({ id: a.id, title: a.title, answer: a.answer, html: renderMarkdown(a.answer) })),
    postWebhook: options.handoff?.postWebhook,
    redactText: (text) => redactPersonalData(text).text,
    log,
  });
  const customers = new KyselyCustomerStore(tablesOf<BotTables>(database.db));
  const policy = await loadPolicyProvider(settings, log);
  const recognizer = createRecognizer(config.recognizer, { knowledge: { search: (text, opts) => knowledge.search(text, opts) }, log });
  const runtime = createConversationRuntime({
    engine: options.engine,
    recognizer,
    store: conversations,
    knowledge,
    policy: policy.current,
    handoff: handoffPort(handoff, handoffConfig.businessHours.timeZone),
    customers: createCustomerDirectory(customers),
    // Feedback and unanswered questions feed the editors' review queue; failing to record one never fails the turn.
    onEffects: (effects, input) =>
      reviewQueue.recordEffects(effects, { conversationId: input.conversationId }).catch((err: Error) => log(`[knowledge] recording effects failed: ${err.message}`)),
    log,
  });

  const base = { config, database, settings, conversations, feed, transcript, articles, knowledge, editorial, reviewQueue, synonyms, auth, handoff, customers, policy, delivery, replyMailStore, replyMail, recognizer, runtime, adapter, log };
  const welcome = createWelcome({ customers: createCustomerDirectory(customers), knowledge: { search: (text, opts) => knowledge.search(text, opts) } });
  const logic = options.logic ? options.logic(base) : createBatonAgent({ transcript, conversations, runtime, limits: config.limits, welcome });
  const botEndpoint = createInProcessEndpoint(adapter, logic);
  const signingKey = await settings.getOrCreate('directline.signingKey', generateSigningKey);
  const directLine = new DirectLine({
    conversations,
    tokens: createDirectLineTokens(signingKey),
    bot: botEndpoint,
    secret: config.directLine.secret,
    botAccount: BOT_ACCOUNT,
    serviceUrl: config.directLine.serviceUrl,
    textLimit: config.limits.textChars,
    customerSeen: (conversationId) => replyMail.seen(conversationId),
  });
  const origin = config.publicUrl ?? `http://localhost:${config.port}`;
  linkTo = async (conversationId) => `${origin}/?resume=${encodeURIComponent(await directLine.resumeKeyFor(conversationId))}`;

  const close = async () => {
    await knowledge.close();
    await database.close();
  };
  return { ...base, logic, botEndpoint, directLine, close };
}

/** The handoff library seen through the port the conversation runtime needs. */
function handoffPort(service: HandoffService, timeZone: string): HandoffPort {
  return {
    modeOf: (conversationId) => service.modeOf(conversationId),
    customerMessage: (conversationId, text) => service.customerMessage(conversationId, text),
    recordSurvey: (conversationId, answer, ticketId) => service.recordSurvey(conversationId, answer, ticketId),
    async requestHandoff(request) {
      const result = await service.requestHandoff(request);
      return {
        ticketId: result.ticket.id,
        created: result.created,
        queuePosition: result.queuePosition,
        expectedWaitMinutes: result.expectedWaitMinutes,
        answerBy: result.outOfHours?.answerBy,
        timeZone,
        offerMessage: result.offerMessage,
      };
    },
    async leaveMessage(conversationId) {
      return { ...(await service.leaveMessage(conversationId)), timeZone };
    },
  };
}

/** Loads the demo knowledge base the first time Baton starts on an empty database. */
export async function seedDemoKnowledge(services: Pick<Services, 'articles' | 'knowledge' | 'settings'>): Promise<number> {
  if ((await services.settings.get('knowledge.demoSeeded')) || (await services.articles.count()) > 0) return 0;
  const published = await services.knowledge.publish(loadDemoArticles());
  await services.settings.set('knowledge.demoSeeded', new Date().toISOString());
  return published.length;
}
