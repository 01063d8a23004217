/**
 * What the bot says on its own (not from an article): the `bot.*` texts of the text catalogue (contracts/text/), in
 * the customer's language and script.
 */
import { formatTime, localeOf, text, type Lang, type Locale, type Script, type TextKey } from '../../contracts';
import type { SuggestedAction } from './turn';

type BotTextKey = Extract<TextKey, `bot.${string}`>;
/** A bot text's name without its `bot.` prefix: 'greeting', 'fallback', 'queue.created'… */
export type MessageKey = BotTextKey extends `bot.${infer Name}` ? Name : never;

/** The text in the customer's language and, for Chinese, script (simplified when not known). */
export function message(language: { lang: Lang; script?: Script }, key: MessageKey): string {
  return text(localeOf(language.lang, language.script), `bot.${key}` as BotTextKey);
}

export interface HandoffStatus {
  ticketId: string;
  created: boolean;
  queuePosition: number;
  expectedWaitMinutes: number;
  /** Outside business hours: when a person will answer (ISO time). */
  answerBy?: string;
  timeZone?: string;
  /** The queue is busy: the customer may leave a message instead of waiting. */
  offerMessage?: boolean;
  /** The request joined the customer's open ticket, opened on this other channel; the answer now comes here. */
  joinedChannel?: string;
}

/** The offer to leave a message instead of waiting, and its button. */
export function leaveMessageOffer(locale: Locale): { text: string; action: SuggestedAction } {
  const title = text(locale, 'bot.queue.leaveMessageButton');
  return { text: text(locale, 'bot.queue.offerMessage'), action: { title, text: title, action: { type: 'leave-message' } } };
}

/** After the customer chose to leave a message: when a person will answer at the latest. */
export function messageLeftText(locale: Locale, left: { ticketId: string; answerBy: string; timeZone: string }): string {
  return text(locale, 'bot.queue.messageLeft', { ticket: left.ticketId, when: formatTime(locale, left.answerBy, left.timeZone) });
}

/** Where the customer stands after a handoff: queue position and wait, or when a person will answer. */
export function handoffStatusMessage(locale: Locale, status: HandoffStatus): string {
  const ticket = status.ticketId;
  if (status.joinedChannel) {
    const channel = status.joinedChannel === 'msteams' ? text(locale, 'bot.channel.teams') : status.joinedChannel === 'webchat' ? text(locale, 'bot.channel.web') : status.joinedChannel;
    return text(locale, 'bot.queue.joined', { ticket, channel });
  }
  if (status.answerBy) return text(locale, 'bot.queue.outOfHours', { ticket, when: formatTime(locale, status.answerBy, status.timeZone) });
  const minutes = Math.max(1, Math.round(status.expectedWaitMinutes));
  const wait = text(locale, minutes === 1 ? 'bot.minutes.one' : 'bot.minutes.other', { count: minutes });
  return text(locale, status.created ? 'bot.queue.created' : 'bot.queue.already', { position: status.queuePosition, wait, ticket });
}
