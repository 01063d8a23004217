/**
 * What the handoff library needs from its host, injected: `handoff/` imports neither `bot/` nor `knowledge/`. The bot
 * reads transcripts from its conversation store and delivers messages on the customer's channel; the knowledge base
 * suggests articles.
 */
import { z } from 'zod';
import type { Wording } from '../contracts';
import type { BusinessClock } from './business-hours';
import type { HandoffConfig } from './config';
import type { EventBus } from './events';
import type { HandoffStore } from './handoff-store';
import type { ProgressStore } from './progress-store';
import type { TicketLifecycle } from './ticket-lifecycle';

export const TranscriptLineSchema = z.object({
  role: z.enum(['customer', 'bot', 'agent', 'system']),
  text: z.string(),
  timestamp: z.string(),
  /** A bot turn as the customer saw it: its Markdown rendered to sanitized HTML by the host. Never set for what people typed. */
  html: z.string().optional(),
  /** Where it was said, when the ticket is followed in more than one conversation (web chat and Teams). */
  channel: z.string().optional(),
});
export type TranscriptLine = z.infer<typeof TranscriptLineSchema>;

/**
 * What reaches the customer from handoff: a person's reply as they typed it, or a notice of where the customer stands
 * (status) or the post-resolution question (survey) as a wording the channel puts in the customer's language.
 */
export type CustomerMessage =
  | { kind: 'agent-message'; text: string; agentName: string; ticketId: string }
  | { kind: 'status'; notice: Wording; agentName?: string; ticketId: string }
  | { kind: 'survey'; notice: Wording; ticketId: string };

export interface CustomerChannel {
  send(conversationId: string, message: CustomerMessage): Promise<void>;
}

export interface SuggestedArticle {
  id: string;
  title: string;
  /** Markdown, as the editor wrote it. */
  answer: string;
  /** The answer rendered to sanitized HTML, as customers see it. */
  html?: string;
}

export interface HandoffDeps {
  store: HandoffStore;
  /**
   * Where ticket and presence events go and where the console hears them. Default: this process only; a host running
   * several instances passes one that fans out across them (Baton's notifier).
   */
  bus?: EventBus;
  /** Progress-update bookkeeping; without it no progress updates are sent. */
  progress?: ProgressStore;
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
