/**
 * What the handoff library needs from its host, injected: `handoff/` imports neither `bot/` nor `knowledge/`. The bot
 * reads transcripts from its conversation store and delivers messages on the customer's channel; the knowledge base
 * suggests articles.
 */
import { z } from 'zod';
import type { BusinessClock } from './business-hours';
import type { HandoffConfig } from './config';
import type { EventBus } from './events';
import type { HandoffStore } from './handoff-store';
import type { TicketLifecycle } from './ticket-lifecycle';

export const TranscriptLineSchema = z.object({
  role: z.enum(['customer', 'bot', 'agent', 'system']),
  text: z.string(),
  timestamp: z.string(),
});
export type TranscriptLine = z.infer<typeof TranscriptLineSchema>;

export interface CustomerMessage {
  /** agent-message: a person's reply; status: where the customer stands; survey: the post-resolution question. */
  kind: 'agent-message' | 'status' | 'survey';
  text: string;
  agentName?: string;
  ticketId?: string;
}

export interface CustomerChannel {
  send(conversationId: string, message: CustomerMessage): Promise<void>;
}

export interface SuggestedArticle {
  id: string;
  title: string;
  answer: string;
}

export interface HandoffDeps {
  store: HandoffStore;
  config: HandoffConfig;
  clock: () => Date;
  /** The conversation so far, oldest first. */
  transcript: (conversationId: string) => Promise<TranscriptLine[]>;
  customerChannel: CustomerChannel;
  /** Knowledge articles that may answer the customer's last message. */
  suggestArticles?: (text: string) => Promise<SuggestedArticle[]>;
  /** Sends a breach alert; defaults to a JSON POST with fetch and a 5 s timeout. */
  postWebhook?: (url: string, body: unknown) => Promise<void>;
  /**
   * Removes personal data from what staff type (replies, notes, resolution notes) before it is delivered or stored.
   * Customer text arrives redacted by the host's channel edge; this is the edge for staff text.
   */
  redactText?: (text: string) => string;
  log?: (line: string) => void;
}

/** Everything the service's parts share, built once by `createHandoffService`. */
export interface HandoffContext {
  store: HandoffStore;
  config: HandoffConfig;
  now: () => Date;
  hours: BusinessClock;
  bus: EventBus;
  lifecycle: TicketLifecycle;
  deps: HandoffDeps;
  log: (line: string) => void;
}
