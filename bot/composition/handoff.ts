/**
 * People taking over from the bot (the handoff library) wired to Baton: tickets on the shared database, transcripts
 * from the conversation store, agent replies delivered on the customer's channel, article suggestions from the
 * knowledge base. Its timer work (SLA warnings and breaches, agents gone silent, resolved tickets nobody rated,
 * progress updates) is a job the server starts.
 */
import path from 'node:path';
import {
  createHandoffService,
  KyselyHandoffStore,
  KyselyProgressStore,
  loadHandoffConfigFile,
  parseHandoffConfig,
  type HandoffConfigInput,
  type HandoffService,
  type HandoffTables,
} from '../../handoff';
import { renderMarkdown, type KnowledgeService } from '../../knowledge';
import type { Config } from '../config';
import type { ConversationStore } from '../conversations/conversation-store';
import type { CustomerDelivery } from '../conversations/customer-delivery';
import type { HandoffPort } from '../conversations/handoff-port';
import { transcriptLines } from '../conversations/transcript-lines';
import { redactPersonalData } from '../core/redact';
import { tablesOf } from '../stores/database';
import { intervalJob, type Job } from './jobs';
import { createNotifierEventBus } from '../cluster/handoff-bus';
import type { Storage } from './storage';

/** How often the handoff timer work runs. */
export const HANDOFF_TICK_MS = 5_000;

/** Replacements for tests and benchmarks: a handoff configuration instead of DATA_DIR/handoff.json, a clock, a webhook. */
export interface HandoffOverrides {
  config?: HandoffConfigInput;
  clock?: () => Date;
  postWebhook?: (url: string, body: unknown) => Promise<void>;
}

export interface HandoffParts {
  handoff: HandoffService;
  /** The same service seen through the port the conversation runtime needs. */
  port: HandoffPort;
  tickJob: Job;
}

export function buildHandoff(deps: {
  storage: Storage;
  config: Pick<Config, 'dataDir'>;
  conversations: ConversationStore;
  delivery: CustomerDelivery;
  knowledge: KnowledgeService;
  log: (line: string) => void;
  overrides?: HandoffOverrides;
}): HandoffParts {
  const { knowledge, conversations, log, overrides } = deps;
  const handoffConfig = overrides?.config
    ? parseHandoffConfig(overrides.config)
    : loadHandoffConfigFile(path.join(deps.config.dataDir, 'handoff.json'));
  const handoff = createHandoffService({
    store: new KyselyHandoffStore(tablesOf<HandoffTables>(deps.storage.database.db)),
    // Ticket and presence events reach the consoles on every instance.
    bus: createNotifierEventBus(deps.storage.notifier, log),
    progress: new KyselyProgressStore(tablesOf<HandoffTables>(deps.storage.database.db)),
    config: handoffConfig,
    clock: overrides?.clock ?? (() => new Date()),
    transcript: async (conversationId) => transcriptLines(await conversations.list(conversationId, { limit: 5000 })),
    // Agent replies, status lines and the survey reach the customer on their own channel (Web Chat or Teams).
    customerChannel: deps.delivery,
    suggestArticles: async (text) =>
      knowledge
        .search(text, { limit: 3 })
        .map((hit) => knowledge.getPublished(hit.articleId))
        .filter((a) => a !== undefined)
        .map((a) => ({ id: a.id, title: a.title, answer: a.answer, html: renderMarkdown(a.answer) })),
    postWebhook: overrides?.postWebhook,
    redactText: (text) => redactPersonalData(text).text,
    log,
  });
  return {
    handoff,
    port: handoffPort(handoff, handoffConfig.businessHours.timeZone),
    tickJob: intervalJob('handoff.tick', HANDOFF_TICK_MS, () => handoff.tick(), log),
  };
}

/** The handoff library seen through the port the conversation runtime needs. */
function handoffPort(service: HandoffService, timeZone: string): HandoffPort {
  return {
    modeOf: (conversationId) => service.modeOf(conversationId),
    async readMode(conversationId) {
      const { mode, ticket } = await service.modeAndTicketOf(conversationId);
      return { mode, customerMessage: (text) => service.customerMessage(conversationId, text, ticket) };
    },
    readModeAlong(conversationId) {
      const read = service.modeAndTicketRead(conversationId);
      if (!read) return undefined;
      return {
        sql: read.sql,
        parameters: read.parameters,
        read(rows) {
          const { mode, ticket } = read.read(rows);
          return { mode, customerMessage: (text) => service.customerMessage(conversationId, text, ticket) };
        },
      };
    },
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
        ...(result.joined ? { joinedChannel: result.ticket.channel } : {}),
      };
    },
    async leaveMessage(conversationId) {
      return { ...(await service.leaveMessage(conversationId)), timeZone };
    },
  };
}
