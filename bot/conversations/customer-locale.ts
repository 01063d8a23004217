/**
 * The locale a customer reads: the language they write in, in the script their channel or browser locale implies
 * (zh-TW, zh-HK: traditional); before they have written anything, that locale alone.
 */
import { resolveLocale, type Lang, type Locale } from '../../contracts';
import { EngineStateSchema } from '../core/turn';
import type { Conversation } from './model';

export function localeFor(lang: Lang | undefined, hint: string | null | undefined): Locale {
  const hinted = resolveLocale(hint);
  if (lang === 'en') return 'en';
  if (lang === 'zh') return hinted === 'zh-TW' ? 'zh-TW' : 'zh-CN';
  return hinted;
}

/** For a conversation: the language the engine last read the customer writing in (its state). */
export function customerLocale(conversation: Pick<Conversation, 'locale' | 'state'>): Locale {
  const state = EngineStateSchema.safeParse(conversation.state);
  return localeFor(state.success ? state.data.lang : undefined, conversation.locale);
}
