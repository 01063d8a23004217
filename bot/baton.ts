/**
 * `createBaton(config)`: the one place Baton is put together. It builds every part on the shared database and the
 * express app, and owns everything that runs by itself — the jobs on a timer, the live streams, the HTTP servers it is
 * attached to — so `stop()` can end them all. Building starts nothing (no timer, no poller, no listener): a test may
 * build Baton, use its app and parts, and stop it with no handle left open.
 *
 *   const baton = await createBaton(config);
 *   server = createServer(baton.app); server.listen(…); baton.attach(server); baton.start();
 *   …  await baton.stop();   // SIGTERM: stop accepting, finish turns, close streams, stop jobs, close the database
 *
 * The parts come from per-module builders (`bot/composition/`), each returning interfaces; the CLI uses those builders
 * directly and builds only what its command needs. Other modules add timer work with `baton.jobs.add(job)`.
 */
import type { Server } from 'node:http';
import type { Express } from 'express';
import type { DestinationStream } from 'pino';
import type { HandoffService } from '../handoff';
import { createApp } from './app';
import { attachDirectLineStream } from './channels/directline/stream';
import { buildAnalytics, type AnalyticsParts } from './composition/analytics';
import { buildBot, buildConversations, type BotOverrides, type BotParts, type ConversationParts } from './composition/conversations';
import { buildUnderstanding, type UnderstandingParts } from './composition/understanding';
import { buildHandoff, type HandoffOverrides } from './composition/handoff';
import { createJobList, notifierJob, type JobList } from './composition/jobs';
import { buildKnowledge, type KnowledgeParts } from './composition/knowledge';
import { buildPeople } from './composition/people';
import { retentionJob } from './composition/retention';
import { buildReplyMail, type ReplyMailParts } from './composition/reply-mail';
import { closingOnFailure, openStorage, type Storage } from './composition/storage';
import type { Config } from './config';
import { manageServer, type ManagedServer } from './http/server-lifecycle';
import { createOperations, type Operations } from './operations';
import type { AuthService } from './people/auth-service';

export interface BatonOverrides extends BotOverrides {
  log?: (line: string) => void;
  /** Where the JSON log goes instead of stdout (tests read it). */
  logDestination?: DestinationStream;
  /** Handoff configuration, clock and webhook for tests and benchmarks. */
  handoff?: HandoffOverrides;
}

/** Everything Baton is made of, as the app, the tests and the benchmarks see it. */
export interface BatonParts
  extends Omit<KnowledgeParts, 'watchJob' | 'close'>,
    Omit<Storage, 'close'>,
    ConversationParts,
    UnderstandingParts,
    BotParts,
    AnalyticsParts,
    ReplyMailParts {
  config: Readonly<Config>;
  auth: AuthService;
  /** People take over from the bot: tickets, queue, SLA timers, the agent console (handoff/). */
  handoff: HandoffService;
  /** Logs, metrics and the request context operators see (bot/operations). */
  operations: Operations;
  log: (line: string) => void;
}

export interface Baton {
  app: Express;
  parts: BatonParts;
  /** The timer work `start()` starts and `stop()` stops; add more before or after starting. */
  jobs: JobList;
  /** Applies the server timeouts, serves the Direct Line WebSocket on it, and closes it gracefully in `stop()`. */
  attach(server: Server): void;
  /** Starts the jobs. Call once the server listens. */
  start(): void;
  /**
   * Stops accepting connections, ends live streams with a hint to reconnect, lets turns in flight finish (up to the
   * configured grace), stops the jobs (waiting for a run in progress), then closes the knowledge base and the database.
   */
  stop(): Promise<void>;
}

export async function createBaton(config: Readonly<Config>, overrides: BatonOverrides = {}): Promise<Baton> {
  const operations = createOperations(config, { destination: overrides.logDestination });
  const log = overrides.log ?? operations.log;
  const storage = await openStorage(config, log);
  const { parts, knowledge, jobs } = await closingOnFailure(storage, async () => {
    const knowledge = await buildKnowledge(storage, config, log, { timeBuilds: operations.metrics.timeIndexBuilds });
    try {
      const conversation = buildConversations(storage, config, log);
      const mail = buildReplyMail({ storage, config, conversations: conversation.conversations, clock: overrides.handoff?.clock ?? (() => new Date()), log });
      const handoff = buildHandoff({
        storage,
        config,
        conversations: conversation.conversations,
        // An agent's reply to a web customer who is away is also e-mailed (when they asked for it).
        delivery: mail.replyMail.deliveryWithMail(conversation.delivery),
        knowledge: knowledge.knowledge,
        log,
        overrides: overrides.handoff,
      });
      const understanding = await buildUnderstanding(storage, config, knowledge.knowledge, log);
      const bot = await buildBot({
        storage,
        config,
        conversation,
        understanding,
        knowledge: knowledge.knowledge,
        reviewQueue: knowledge.reviewQueue,
        handoff: handoff.port,
        customerSeen: (conversationId) => mail.replyMail.seen(conversationId),
        log,
        overrides,
        instrument: operations.metrics.countTurns,
      });
      mail.linkThrough(bot.directLine);
      const { auth } = await buildPeople(storage);
      // Each change counted by the instance that made it: summed over instances, the metrics count it once.
      handoff.handoff.subscribeOwn((event) => operations.metrics.onHandoffEvent(event));
      const analytics = buildAnalytics({ storage, businessHours: handoff.handoff.config.businessHours, metrics: operations.metrics, log, clock: overrides.handoff?.clock });
      const { watchJob: _watch, close: _close, ...knowledgeParts } = knowledge;
      const parts: BatonParts = {
        config,
        log,
        database: storage.database,
        settings: storage.settings,
        notifier: storage.notifier,
        ...knowledgeParts,
        ...conversation,
        ...understanding,
        ...bot,
        auth,
        handoff: handoff.handoff,
        operations,
        analytics: analytics.analytics,
        replyMailStore: mail.replyMailStore,
        replyMail: mail.replyMail,
      };
      // The notifier listens first: what other instances announce reaches this one from the moment it serves.
      const jobs = createJobList(log, [notifierJob(storage.notifier, log), knowledge.watchJob, handoff.tickJob, analytics.trendsJob, mail.job]);
      if (config.retention.days !== undefined) jobs.add(retentionJob(storage.database, config.retention.days, log));
      return { parts, knowledge, jobs };
    } catch (err) {
      await knowledge.close();
      throw err;
    }
  });

  const app = createApp(parts);
  const servers: ManagedServer[] = [];
  let stopping: Promise<void> | undefined;

  const stop = async () => {
    // Turns in flight finish while the jobs wind down; the database closes only when neither needs it.
    await Promise.all([Promise.all(servers.map((server) => server.close())), jobs.stop()]);
    await knowledge.close();
    await storage.close();
  };

  return {
    app,
    parts,
    jobs,
    attach(server) {
      if (stopping) throw new Error('Baton is stopping: attach a server before stop()');
      const detachStream = attachDirectLineStream(server, { directLine: parts.directLine, feed: parts.feed, streamsPerUser: config.limits.streamsPerUser });
      servers.push(manageServer(server, config.http, detachStream));
    },
    start() {
      if (stopping) throw new Error('Baton was stopped: build a new one to start again');
      jobs.start();
    },
    stop: () => (stopping ??= stop()),
  };
}
