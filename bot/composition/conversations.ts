/**
 * The bot's side of a conversation: the stored transcript and its live feed, the customer directory, the
 * conversation runtime, the Agents SDK adapter and turn logic, and the built-in
 * Direct Line. `buildConversations` makes what the console and handoff need before the runtime exists (the store,
 * the transcript, delivery to the customer's channel); `buildBot` the rest once the handoff port is there. The CLI
 * imports neither (it never needs the Agents SDK).
 */
import type { KnowledgeService, ReviewQueue } from '../../knowledge';
import { createBotAdapter, type BotAdapter } from '../channels/agents/adapter';
import { createBatonAgent, type TurnLogic } from '../channels/agents/baton-agent';
import { createInProcessEndpoint, type BotEndpoint } from '../channels/agents/in-process-endpoint';
import { createProactiveSender } from '../channels/agents/proactive';
import { DirectLine, type DirectLineService } from '../channels/directline/direct-line';
import { createDirectLineTokens, generateSigningKey } from '../channels/directline/tokens';
import type { Config } from '../config';
import type { ActivityFeed } from '../conversations/activity-feed';
import { createNotifierFeed } from '../cluster/notifier-feed';
import { createConversationRuntime, type ConversationRuntime } from '../conversations/conversation-runtime';
import type { ConversationStore } from '../conversations/conversation-store';
import { createCustomerDelivery, type CustomerDelivery } from '../conversations/customer-delivery';
import type { HandoffPort } from '../conversations/handoff-port';
import { createTranscript, type Transcript } from '../conversations/transcript';
import { createWelcome } from '../conversations/welcome';
import type { handleTurn } from '../core/engine';
import { warmUpSmallTalk } from '../core/small-talk';
import { createCustomerDirectory } from '../customers/directory';
import type { CustomerStore } from '../customers/model';
import { KyselyConversationStore } from '../stores/conversation-store';
import { KyselyCustomerStore } from '../stores/customer-store';
import { shareCustomers } from '../cluster/shared-customers';
import { tablesOf } from '../stores/database';
import type { BotTables } from '../stores/schema';
import type { Storage } from './storage';
import type { UnderstandingParts } from './understanding';

export const BOT_ACCOUNT = { id: 'baton', name: 'Baton' };

export interface ConversationParts {
  conversations: ConversationStore;
  feed: ActivityFeed;
  transcript: Transcript;
  adapter: BotAdapter;
  /** Delivers what people send from the console to the customer's channel. */
  delivery: CustomerDelivery;
}

export function buildConversations(storage: Storage, config: Pick<Config, 'bot'>, log: (line: string) => void): ConversationParts {
  const conversations = new KyselyConversationStore(tablesOf<BotTables>(storage.database.db));
  // New activities are announced to every instance: a customer's stream on B sees turns that went through A.
  const feed = createNotifierFeed(storage.notifier, log);
  const transcript = createTranscript(conversations, feed);
  const adapter = createBotAdapter(config.bot, log);
  const delivery = createCustomerDelivery({
    conversations,
    transcript,
    proactive: createProactiveSender(adapter, config.bot.appId),
    botAccount: BOT_ACCOUNT,
  });
  return { conversations, feed, transcript, adapter, delivery };
}

/** Replacements for tests and benchmarks of the channel edge. */
export interface BotOverrides {
  /** Replace the Agents SDK turn logic. */
  logic?: (parts: { transcript: Transcript; conversations: ConversationStore; runtime: ConversationRuntime }) => TurnLogic;
  /** Replace the conversation engine (the latency benchmark's echo bot, through the same pipeline). */
  engine?: typeof handleTurn;
}

export interface BotParts {
  /** The customer directory (tiers), editable by admins. */
  customers: CustomerStore;
  runtime: ConversationRuntime;
  logic: TurnLogic;
  botEndpoint: BotEndpoint;
  directLine: DirectLineService;
}

export async function buildBot(deps: {
  storage: Storage;
  config: Pick<Config, 'limits' | 'directLine'>;
  conversation: ConversationParts;
  understanding: UnderstandingParts;
  knowledge: KnowledgeService;
  reviewQueue: ReviewQueue;
  handoff: HandoffPort;
  /** Told whenever a web customer's client reads or writes (who is away, for reply e-mail). */
  customerSeen?: (conversationId: string) => void;
  log: (line: string) => void;
  overrides?: BotOverrides;
  /** Wraps the runtime (the operators' metrics count each turn's decision). */
  instrument?: (runtime: ConversationRuntime) => ConversationRuntime;
}): Promise<BotParts> {
  const { storage, config, conversation, log } = deps;
  // The engine's own small-talk index is built before the first customer arrives, not during their turn.
  warmUpSmallTalk();
  // Every turn looks its customer up: kept in memory on each instance, forgotten everywhere when an admin imports.
  const customers = shareCustomers(new KyselyCustomerStore(tablesOf<BotTables>(storage.database.db)), storage.notifier);
  const instrument = deps.instrument ?? ((runtime: ConversationRuntime) => runtime);
  const runtime = instrument(createConversationRuntime({
    engine: deps.overrides?.engine,
    recognizer: deps.understanding.recognizer,
    store: conversation.conversations,
    knowledge: deps.knowledge,
    policy: deps.understanding.policy.current,
    handoff: deps.handoff,
    customers: createCustomerDirectory(customers),
    // Feedback and unanswered questions feed the editors' review queue; failing to record one never fails the turn.
    onEffects: (effects, input) =>
      deps.reviewQueue
        .recordEffects(effects, { conversationId: input.conversationId })
        .catch((err: Error) => log(`[knowledge] recording effects failed: ${err.message}`)),
    log,
  }));
  const turnParts = { transcript: conversation.transcript, conversations: conversation.conversations, runtime };
  const welcome = createWelcome({ customers: createCustomerDirectory(customers), knowledge: { search: (text, opts) => deps.knowledge.search(text, opts) } });
  const logic = deps.overrides?.logic ? deps.overrides.logic(turnParts) : createBatonAgent({ ...turnParts, limits: config.limits, welcome });
  const botEndpoint = createInProcessEndpoint(conversation.adapter, logic);
  const signingKey = await storage.settings.getOrCreate('directline.signingKey', generateSigningKey);
  const directLine = new DirectLine({
    conversations: conversation.conversations,
    tokens: createDirectLineTokens(signingKey),
    bot: botEndpoint,
    secret: config.directLine.secret,
    botAccount: BOT_ACCOUNT,
    serviceUrl: config.directLine.serviceUrl,
    textLimit: config.limits.textChars,
    customerSeen: deps.customerSeen,
  });
  return { customers, runtime, logic, botEndpoint, directLine };
}
