/**
 * The language and script a customer writes in, and replies put into them. Matching and the detectors read Chinese
 * folded to simplified Mandarin (knowledge/text); the customer reads the bot in their own script: traditional with
 * Taiwan vocabulary, or Hong Kong characters for a Hong Kong locale or written Cantonese. The script of a message
 * whose characters cannot tell (人工, 好的) is the conversation's so far, or the channel locale's.
 */
import { resolveLocale, scriptOfLocale, type Lang, type Script } from '../../contracts';
import { detectScript, foldChinese, inScript, writesCantonese, type TraditionalRegion } from '../../knowledge';
import { detectLanguage } from './signals';
import type { BotReply, EngineState, SuggestedAction } from './turn';

export interface CustomerLanguage {
  lang: Lang;
  script: Script;
  region: TraditionalRegion;
}

/** The customer's language from this message (normalised text; empty for a button press) and the conversation. */
export function readCustomerLanguage(text: string, locale: string | undefined, state: EngineState): CustomerLanguage {
  const lang: Lang = text ? detectLanguage(text, locale) : (state.lang ?? (resolveLocale(locale) === 'en' ? 'en' : 'zh'));
  const localeScript = resolveLocale(locale) === 'zh-TW' ? 'Hant' : undefined;
  const script: Script = (lang === 'zh' ? detectScript(text) : undefined) ?? state.script ?? localeScript ?? scriptOfLocale('zh-CN');
  const hongKong = /-(hk|mo)\b/i.test(locale ?? '') || (lang === 'zh' && writesCantonese(text));
  const region: TraditionalRegion = hongKong ? 'HK' : (state.region ?? 'TW');
  return { lang, script, region };
}

/** The text detectors and small talk read: Chinese folded to simplified Mandarin, any other text as it is. */
export function textForMatching(text: string): string {
  return foldChinese(text);
}

/** A reply in the customer's script: its text and its buttons' titles converted for a traditional-script reader. */
export function inCustomerScript(reply: BotReply, language: CustomerLanguage): BotReply {
  if (reply.lang !== 'zh') return reply;
  const convert = (text: string) => inScript(text, language.script, language.region);
  const actions = reply.suggestedActions?.map((a): SuggestedAction => ({ ...a, title: convert(a.title), text: convert(a.text) }));
  return { ...reply, script: language.script, text: convert(reply.text), ...(actions ? { suggestedActions: actions } : {}) };
}
