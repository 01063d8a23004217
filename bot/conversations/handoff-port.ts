/**
 * What the conversation runtime needs from the handoff library, in the bot's own words. `bot/composition/handoff.ts` adapts the
 * handoff service to it, so the runtime does not depend on the library's internals.
 */
import type { HandoffReason } from '../core/policy';
import type { HandoffStatus } from '../core/messages';
import type { Category, Level } from '../../contracts';
import type { CompanionRead } from './conversation-store';

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
  /** The customer id is their directory identity, the same on every channel: join their open ticket if they have one. */
  joinOpenTicket?: boolean;
}

/**
 * The conversation's mode as one turn read it, and the customer's message relayed on the strength of that reading
 * (the handoff library reads the ticket once per turn, not twice; a ticket changed meanwhile is read again).
 */
export interface ModeReading {
  mode: ConversationMode;
  customerMessage(text: string): Promise<void>;
}

export interface HandoffPort {
  modeOf(conversationId: string): Promise<ConversationMode>;
  /**
   * `modeOf` for a customer's turn: the mode, and how to relay the customer's message later in the turn (a customer
   * message while a person has, or will have, the conversation is shown live in the console).
   */
  readMode(conversationId: string): Promise<ModeReading>;
  /**
   * `readMode` as a read the statement storing the customer's message can carry (PostgreSQL: a round trip fewer per
   * turn); undefined where it cannot (call `readMode`).
   */
  readModeAlong?(conversationId: string): CompanionRead<ModeReading> | undefined;
  requestHandoff(request: HandoffRequest): Promise<HandoffStatus>;
  /** The customer leaves a message instead of waiting: when a person will answer at the latest (ISO), and in which zone. */
  leaveMessage?(conversationId: string): Promise<{ ticketId: string; answerBy: string; timeZone: string }>;
  /**
   * A survey answer for this conversation's ticket: the one the survey button named (`ticketId`, a button payload and
   * so customer input: it counts only if it is this conversation's own ticket), else the latest resolved one. Rejects
   * (4xx) a rating for a closed ticket, an NPS nobody asked for, a ticket of another conversation.
   */
  recordSurvey(conversationId: string, answer: { score?: number; nps?: number; comment?: string }, ticketId?: string): Promise<void>;
}

/** What people in the console send to a customer, delivered by the channel the customer uses. */
export type { CustomerMessage } from '../../handoff';
