// @ts-check
// The pages' words: one text catalogue per locale (contracts/text/*.json, served as /assets/text/<locale>.json — the
// same files the server words bot replies with). Static labels are marked in the HTML (data-i18n="key" for the text,
// data-i18n-placeholder / -title / -aria-label for those attributes) and translated in place; dynamic text calls t().

/** @typedef {typeof import('../../../contracts/text/en.json')} Catalogue */
/** @typedef {keyof Catalogue} TextKey */
/** @typedef {import('../../../contracts/languages').Locale} Locale */
/** @typedef {Readonly<Record<string, string | number>>} TextParams */

/** @type {readonly Locale[]} */
export const LOCALES = ['en', 'zh-CN', 'zh-TW'];
const STORAGE_KEY = 'baton.locale';
const ATTRIBUTES = /** @type {const} */ (['placeholder', 'title', 'aria-label']);

/** @type {{ locale: Locale, texts: Partial<Record<string, string>> }} */
const current = { locale: 'en', texts: {} };
/** @type {Set<(locale: Locale) => void>} */
const listeners = new Set();

/** The text for `key` in the page's locale, each `{name}` replaced by `params.name`. */
export function t(/** @type {TextKey} */ key, /** @type {TextParams} */ params = {}) {
  const template = current.texts[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/**
 * The text for `key` as pieces, with elements for some placeholders: tNodes('console.queue.with', { name: nameSpan })
 * keeps what people wrote (a name, marked translate="no") apart from the catalogue's words around it.
 * @param {TextKey} key
 * @param {Readonly<Record<string, string | number | Node>>} params
 * @returns {Array<string | Node>}
 */
export function tNodes(key, params) {
  const template = current.texts[key] ?? key;
  return template.split(/(\{\w+\})/).map((piece) => {
    const name = piece.startsWith('{') && piece.endsWith('}') ? piece.slice(1, -1) : '';
    if (!name || !Object.hasOwn(params, name)) return piece;
    const value = params[name];
    return typeof value === 'object' ? value : String(value);
  });
}

/**
 * The label of a value from a known set (`ticket.status.` + `queued`); the value itself when the catalogue has no label
 * for it (a resolution code an administrator added).
 */
export function label(/** @type {string} */ prefix, /** @type {string} */ value, /** @type {TextParams} */ params = {}) {
  const key = prefix + value;
  return hasText(key) ? t(key, params) : value;
}

/** @returns {key is TextKey} */
export function hasText(/** @type {string} */ key) {
  return Object.hasOwn(current.texts, key);
}

export const locale = () => current.locale;

/** An Intl locale for dates and numbers. */
export const intlLocale = () => (current.locale === 'en' ? 'en-GB' : current.locale);

/**
 * The catalogue for the browser's languages: the first that is English or Chinese decides; Chinese is traditional for
 * Taiwan, Hong Kong, Macau or an explicit Hant (as contracts' resolveLocale reads a tag), simplified otherwise.
 */
export function pickLocale(/** @type {readonly string[]} */ languages) {
  for (const tag of languages.map((l) => l.toLowerCase().replace(/_/g, '-'))) {
    if (tag === 'en' || tag.startsWith('en-')) return /** @type {Locale} */ ('en');
    if (tag === 'zh' || tag.startsWith('zh-')) {
      const parts = tag.split('-');
      return /** @type {Locale} */ (['hant', 'tw', 'hk', 'mo'].some((part) => parts.includes(part)) ? 'zh-TW' : 'zh-CN');
    }
  }
  return /** @type {Locale} */ ('en');
}

/** @returns {value is Locale} */
export function isLocale(/** @type {unknown} */ value) {
  return LOCALES.includes(/** @type {Locale} */ (value));
}

/** The choice made on this device, else the browser's languages. */
export function preferredLocale() {
  const stored = safeStorage()?.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : pickLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

export function rememberOnDevice(/** @type {Locale} */ chosen) {
  safeStorage()?.setItem(STORAGE_KEY, chosen);
}

/** Loads a locale's catalogue, translates the page and tells every listener (views re-render their dynamic text). */
export async function useLocale(/** @type {Locale} */ next) {
  const response = await fetch(`/assets/text/${next}.json`, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`the ${next} texts could not be loaded (${response.status})`);
  current.texts = await response.json();
  current.locale = next;
  document.documentElement.lang = next;
  translate(document);
  for (const listener of listeners) listener(next);
}

export function onLocaleChange(/** @type {(locale: Locale) => void} */ listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Puts the catalogue's words into every element marked with data-i18n attributes under `root`. */
export function translate(/** @type {ParentNode} */ root) {
  const marked = root.querySelectorAll('[data-i18n], [data-i18n-placeholder], [data-i18n-title], [data-i18n-aria-label]');
  for (const el of root instanceof Element ? [root, ...marked] : marked) translateElement(el);
}

export function translateElement(/** @type {Element} */ el) {
  const key = el.getAttribute('data-i18n');
  if (key) el.textContent = t(/** @type {TextKey} */ (key));
  for (const attribute of ATTRIBUTES) {
    const attributeKey = el.getAttribute(`data-i18n-${attribute}`);
    if (attributeKey) el.setAttribute(attribute, t(/** @type {TextKey} */ (attributeKey)));
  }
}

/** "14:05" today, a short date and time otherwise, in the page's locale. */
export function time(/** @type {string | null | undefined} */ iso) {
  if (!iso) return '';
  const date = new Date(iso);
  const sameDay = new Date().toDateString() === date.toDateString();
  const options = sameDay ? { hour: '2-digit', minute: '2-digit' } : { dateStyle: 'short', timeStyle: 'short' };
  return new Intl.DateTimeFormat(intlLocale(), /** @type {Intl.DateTimeFormatOptions} */ (options)).format(date);
}

function safeStorage() {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage disabled: the choice lasts for this page only
  }
}
