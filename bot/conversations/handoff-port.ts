/**
 * What the conversation runtime needs from the handoff library, in the bot's own words. `bot/services.ts` adapts the
 * handoff service to it, so the runtime does not depend on the library's internals.
 */
import type { HandoffReason } from '../core/policy';
import type { HandoffStatus } from '../core/messages';
import type { Category, Level } from '../../contracts';

export type ConversationMode = 'bot' | 'queued' | 'assigned';

export interface HandoffRequest {
  conversationId: string;
  channel: string;
  customer: { id: string; name?: string; tier?: 'vip' | 'regular' | 'new' };
  lang: 'en' | 'zh';
  level: Level;
  category: Category;
  reasons: HandoffReason[];
  lastCustomerMessage?: string;
}

export interface HandoffPort {
  modeOf(conversationId: string): Promise<ConversationMode>;
  /** A customer message while a person has (or will have) the conversation: shown live in the console. */
  customerMessage(conversationId: string, text: string): Promise<void>;
  requestHandoff(request: HandoffRequest): Promise<HandoffStatus>;
  /**
   * A survey answer for the latest resolved ticket of this conversation. Keyed by the conversation, never by a ticket id
   * the customer sent: a button payload is customer input, and ticket ids are sequential.
   */
  recordSurvey(conversationId: string, answer: { score?: number; nps?: number; comment?: string }): Promise<void>;
}

/** What people in the console send to a customer, delivered by the channel the customer uses. */
export type { CustomerMessage } from '../../handoff';
