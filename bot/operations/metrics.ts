/**
 * Prometheus metrics (prom-client), one registry per Baton instance (tests build several in one process): turns by
 * decision, handoffs by reason, queue length per group and level (read from the database at scrape time, so every
 * instance reports the shared queue), SLA warnings and breaches, HTTP latency, knowledge index build time, and the
 * process metrics prom-client collects by default.
 */
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { HandoffEvent } from '../../handoff';
import type { IndexBuilder } from '../../knowledge';
import type { ConversationRuntime } from '../conversations/conversation-runtime';

export interface QueueLength {
  group: string;
  level: string;
  count: number;
}

export interface Metrics {
  registry: Registry;
  /** Times every request by method, matched route and status. */
  httpTimer: RequestHandler;
  /** The runtime, counting each turn's decision. */
  countTurns(runtime: ConversationRuntime): ConversationRuntime;
  /** Handoff events: new tickets by reason, SLA warnings and breaches. */
  onHandoffEvent(event: HandoffEvent): void;
  /** The index builder, timing each build. */
  timeIndexBuilds(builder: IndexBuilder): IndexBuilder;
  /** A topic rose well above its baseline (bot/analytics/trends.ts). */
  trendAlert(topic: string): void;
  /** Where the queue gauge reads the queue from. */
  readQueue(read: () => Promise<QueueLength[]>): void;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'baton_' });
  const registers = [registry];
  const turns = new Counter({ name: 'baton_turns_total', help: 'Customer turns by the decision taken', labelNames: ['decision'], registers });
  const handoffs = new Counter({ name: 'baton_handoffs_total', help: 'Tickets created by reason code (a ticket counts once per reason)', labelNames: ['reason'], registers });
  const sla = new Counter({ name: 'baton_sla_events_total', help: 'SLA warnings (80% of a target) and breaches by level', labelNames: ['kind', 'level'], registers });
  const http = new Histogram({
    name: 'baton_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const indexBuild = new Histogram({
    name: 'baton_knowledge_index_build_seconds',
    help: 'Time to build the knowledge search index',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers,
  });
  const trends = new Counter({ name: 'baton_trend_alerts_total', help: 'Question topics that rose well above their recent baseline', labelNames: ['topic'], registers });
  let queueReader: (() => Promise<QueueLength[]>) | undefined;
  new Gauge({
    name: 'baton_queue_length',
    help: 'Tickets waiting in the queue by skill group and level',
    labelNames: ['group', 'level'],
    registers,
    async collect() {
      if (!queueReader) return;
      const lengths = await queueReader();
      this.reset();
      for (const { group, level, count } of lengths) this.set({ group, level }, count);
    },
  });

  return {
    registry,
    httpTimer(req, res, next) {
      const end = http.startTimer();
      res.on('finish', () => {
        // The route pattern, not the path: ids in paths would make a series per ticket.
        const route = req.route ? `${req.baseUrl}${String(req.route.path)}` : 'unmatched';
        end({ method: req.method, route, status: String(res.statusCode) });
      });
      next();
    },
    countTurns(runtime) {
      return {
        // `known` passed on: it carries the conversation the inbound transaction returned, which saves a read per turn.
        async respond(input, known) {
          const result = await runtime.respond(input, known);
          turns.inc({ decision: result.explanation.decision });
          return result;
        },
        modeReadAlong: runtime.modeReadAlong?.bind(runtime),
      };
    },
    onHandoffEvent(event) {
      if (event.kind !== 'ticket') return;
      const { type } = event.event;
      if (type === 'ticket.created') for (const reason of new Set(event.ticket.reasons.map((r) => r.code))) handoffs.inc({ reason });
      else if (type === 'sla.warning') sla.inc({ kind: 'warning', level: event.ticket.level });
      else if (type === 'sla.breached') sla.inc({ kind: 'breach', level: event.ticket.level });
    },
    timeIndexBuilds(builder) {
      const timed = (async (request) => {
        const end = indexBuild.startTimer();
        try {
          return await builder(request);
        } finally {
          end();
        }
      }) as IndexBuilder;
      if (builder.close) timed.close = () => builder.close!();
      if (builder.warm) timed.warm = (articles) => builder.warm!(articles);
      return timed;
    },
    trendAlert(topic) {
      trends.inc({ topic });
    },
    readQueue(read) {
      queueReader = read;
    },
  };
}
