/**
 * The locale a customer reads: the language and script the engine last read them writing in (its state); before they
 * have written anything, or where the text could not tell the script, their channel's or browser's locale (zh-TW,
 * zh-HK: traditional).
 */
import { localeOf, resolveLocale, scriptOfLocale, type Lang, type Locale, type Script } from '../../contracts';
import { EngineStateSchema } from '../core/turn';
import type { Conversation } from './model';

export function localeFor(lang: Lang | undefined, hint: string | null | undefined, script?: Script): Locale {
  const hinted = resolveLocale(hint);
  if (!lang) return hinted;
  return localeOf(lang, script ?? scriptOfLocale(hinted));
}

/** For a conversation: what the engine's state says, with its locale as the fallback. */
export function customerLocale(conversation: Pick<Conversation, 'locale' | 'state'>): Locale {
  const state = EngineStateSchema.safeParse(conversation.state);
  return state.success ? localeFor(state.data.lang, conversation.locale, state.data.script) : resolveLocale(conversation.locale);
}
