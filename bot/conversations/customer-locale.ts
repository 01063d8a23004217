/**
 * The locale a customer reads: the language the engine last read them writing in (its state), in the script of their
 * channel or browser locale; before they have written anything, that locale alone.
 */
import { resolveLocale, type Locale } from '../../contracts';
import { EngineStateSchema } from '../core/turn';
import type { Conversation } from './model';

export function customerLocale(conversation: Pick<Conversation, 'locale' | 'state'>): Locale {
  const hinted = resolveLocale(conversation.locale);
  const state = EngineStateSchema.safeParse(conversation.state);
  const lang = state.success ? state.data.lang : undefined;
  if (lang === 'en') return 'en';
  if (lang === 'zh') return hinted === 'zh-TW' ? 'zh-TW' : 'zh-CN';
  return hinted;
}
