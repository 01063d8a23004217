/**
 * What the bot says on its own (not from an article): the `bot.*` texts of the text catalogue (contracts/text/), in
 * the customer's language and script.
 */
import { formatTime, localeOf, text, type Lang, type Locale, type Script, type TextKey } from '../../contracts';

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
}

/** Where the customer stands after a handoff: queue position and wait, or when a person will answer. */
export function handoffStatusMessage(locale: Locale, status: HandoffStatus): string {
  const ticket = status.ticketId;
  if (status.answerBy) return text(locale, 'bot.queue.outOfHours', { ticket, when: formatTime(locale, status.answerBy, status.timeZone) });
  const minutes = Math.max(1, Math.round(status.expectedWaitMinutes));
  const wait = text(locale, minutes === 1 ? 'bot.minutes.one' : 'bot.minutes.other', { count: minutes });
  return text(locale, status.created ? 'bot.queue.created' : 'bot.queue.already', { position: status.queuePosition, wait, ticket });
}
