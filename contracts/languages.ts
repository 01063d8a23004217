/**
 * Languages and scripts. Baton's knowledge base and detectors work in two languages (`Lang`); Chinese customers write
 * in either script, so a conversation also has a `Script`. Matching always happens in simplified Chinese (traditional
 * text is folded first); replies go out in the customer's script. People read text in one of three `Locale`s, one text
 * catalogue each.
 */
import { z } from 'zod';

/** The language of an article, a question, a detector: English or Chinese. */
export const LangSchema = z.enum(['en', 'zh']);
export type Lang = z.infer<typeof LangSchema>;

/** How Chinese is written: simplified (Hans, mainland) or traditional (Hant, Taiwan, Hong Kong, Macau). */
export const ScriptSchema = z.enum(['Hans', 'Hant']);
export type Script = z.infer<typeof ScriptSchema>;

/** A text catalogue: English, simplified Chinese, traditional Chinese. */
export const LocaleSchema = z.enum(['en', 'zh-CN', 'zh-TW']);
export type Locale = z.infer<typeof LocaleSchema>;
export const LOCALES: readonly Locale[] = LocaleSchema.options;

/**
 * The language a customer writes in, as a BCP 47 tag: `en`, `zh` (simplified) or `zh-Hant` (traditional). It is what
 * the CLI prints as `lang`, what evaluation sets label rows with, and what a transcript records.
 */
export const LanguageTagSchema = z.enum(['en', 'zh', 'zh-Hant']);
export type LanguageTag = z.infer<typeof LanguageTagSchema>;

export function languageTag(lang: Lang, script: Script = 'Hans'): LanguageTag {
  if (lang === 'en') return 'en';
  return script === 'Hant' ? 'zh-Hant' : 'zh';
}

export function langOfTag(tag: LanguageTag): Lang {
  return tag === 'en' ? 'en' : 'zh';
}

export function scriptOfTag(tag: LanguageTag): Script {
  return tag === 'zh-Hant' ? 'Hant' : 'Hans';
}

export function localeOf(lang: Lang, script: Script = 'Hans'): Locale {
  if (lang === 'en') return 'en';
  return script === 'Hant' ? 'zh-TW' : 'zh-CN';
}

export function langOfLocale(locale: Locale): Lang {
  return locale === 'en' ? 'en' : 'zh';
}

export function scriptOfLocale(locale: Locale): Script {
  return locale === 'zh-TW' ? 'Hant' : 'Hans';
}

/**
 * The catalogue for a browser or channel locale ("zh-HK", "zh-Hant-TW", "zh-SG", "en-GB", an Accept-Language header):
 * traditional for Taiwan, Hong Kong, Macau or an explicit Hant; simplified for other Chinese; English otherwise.
 */
export function resolveLocale(tag: string | undefined | null): Locale {
  const first = (tag ?? '').split(',')[0].trim().toLowerCase().replace(/_/g, '-');
  if (!first.startsWith('zh')) return 'en';
  if (/-(?:hant|tw|hk|mo)(?:-|$)/.test(first)) return 'zh-TW';
  return 'zh-CN';
}
