/**
 * Everything a person reads — bot replies, notices to customers, the staff pages, the chat page, e-mails — in one text
 * catalogue per locale: `contracts/text/{en,zh-CN,zh-TW}.json`. The English file defines the keys; the others must
 * have exactly the same keys with the same `{placeholders}` (tsc refuses a missing key, `test/contracts/text.test.ts`
 * an extra one or a placeholder that differs). Browsers read the same files from `/assets/text/`, so there is no
 * second copy and no build step.
 */
import en from './text/en.json';
import zhCN from './text/zh-CN.json';
import zhTW from './text/zh-TW.json';
import type { Locale } from './languages';

export type TextKey = keyof typeof en;
export type TextParams = Readonly<Record<string, string | number>>;
export type Catalogue = Readonly<Record<TextKey, string>>;

export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW };

/** The text for `key` in `locale`, with each `{name}` replaced by `params.name` (left as is when not given). */
export function text(locale: Locale, key: TextKey, params?: TextParams): string {
  return interpolate(CATALOGUES[locale][key], params);
}

export function isTextKey(key: string): key is TextKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

const PLACEHOLDER = /\{(\w+)\}/g;

export function interpolate(template: string, params?: TextParams): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));
}

/** The `{placeholders}` a text uses, sorted (to compare locales). */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}

/**
 * What to say without the words yet: a catalogue key and its values. A module that does not know the reader's
 * language (handoff tells the customer where they stand) passes a wording; whoever delivers it words it.
 */
export interface Wording {
  key: TextKey;
  params?: TextParams;
  /** Instants to write as the reader's locale writes a time (`{name}` placeholders, like params). */
  times?: Readonly<Record<string, { at: string; timeZone: string }>>;
}

export function word(locale: Locale, wording: Wording): string {
  const times = Object.fromEntries(Object.entries(wording.times ?? {}).map(([name, t]) => [name, formatTime(locale, t.at, t.timeZone)]));
  return text(locale, wording.key, { ...wording.params, ...times });
}

/** "Mon, 09:00 GMT+8" / "周一 GMT+8 09:00", in the given time zone, as the locale writes it. */
export function formatTime(locale: Locale, iso: string, timeZone = 'UTC'): string {
  try {
    return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
      timeZoneName: 'short',
    }).format(new Date(iso));
  } catch {
    return iso;
  }
}
